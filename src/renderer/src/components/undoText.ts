// The Undo button's words, the same on every screen: 'Undo mark done', 'Undo add of Regex'.

/** 'Undo' and the step's label, its first letter lowered (names inside it, such as a topic's, keep their case). */
export function undoText(label: string): string {
  return `Undo ${label.charAt(0).toLowerCase()}${label.slice(1)}`
}
