// The full text of a calendar block whose words the grid cuts short, beside it while the pointer rests on it or the
// keyboard focuses it.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** How long the pointer rests on a block before its tooltip shows: sweeping across the grid shows none. */
export const HOVER_DELAY_MS = 300

/** The blocks that get a tooltip: the week's and the month's (the agenda's rows show all their words). */
const BLOCK_SELECTOR = '.sp-block, .sp-session:has(.sp-event-line)'

const GAP_PX = 6

interface Shown {
  readonly block: Element
  readonly lines: readonly string[]
}

/**
 * One tooltip for every block of the calendar inside `frame`, found by delegation (the grid's hundreds of blocks get
 * no listener or element each). It shows the block's own text, which is also its accessible name, one line per part:
 * title, time and marks, stage. Escape, a press anywhere or scrolling hides it; the pointer may move onto it.
 */
export function BlockTooltip({ frame }: { readonly frame: RefObject<HTMLElement | null> }) {
  const [shown, setShown] = useState<Shown | null>(null)
  const tooltip = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const root = frame.current
    if (!root) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const cancel = () => clearTimeout(timer)
    const hide = () => {
      cancel()
      setShown(null)
    }
    const show = (block: Element) => {
      cancel()
      setShown((current) => (current?.block === block ? current : { block, lines: blockLines(block) }))
    }
    const onPointerOver = (event: PointerEvent) => {
      const block = blockOf(event.target)
      if (!block || event.pointerType === 'touch') return
      cancel()
      timer = setTimeout(() => show(block), HOVER_DELAY_MS)
    }
    const onPointerOut = (event: PointerEvent) => {
      const to = event.relatedTarget
      if (to instanceof Node && (tooltip.current?.contains(to) || blockOf(to) === blockOf(event.target))) return
      hide()
    }
    // A block focused from the keyboard; one focused by a click opens its session instead.
    const onFocusIn = (event: FocusEvent) => {
      const block = blockOf(event.target)
      if (block && block === event.target && block.matches(':focus-visible')) show(block)
      else hide()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide()
    }
    root.addEventListener('pointerover', onPointerOver)
    root.addEventListener('pointerout', onPointerOut)
    root.addEventListener('focusin', onFocusIn)
    root.addEventListener('focusout', hide)
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', hide, true)
    document.addEventListener('scroll', hide, true)
    return () => {
      cancel()
      root.removeEventListener('pointerover', onPointerOver)
      root.removeEventListener('pointerout', onPointerOut)
      root.removeEventListener('focusin', onFocusIn)
      root.removeEventListener('focusout', hide)
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', hide, true)
      document.removeEventListener('scroll', hide, true)
    }
  }, [frame])

  // Beside the block, on whichever side has room, and within the window.
  useLayoutEffect(() => {
    const element = tooltip.current
    if (!shown || !element) return
    const block = shown.block.getBoundingClientRect()
    const { width, height } = element.getBoundingClientRect()
    const right = block.right + GAP_PX
    const left = right + width <= window.innerWidth ? right : Math.max(0, block.left - GAP_PX - width)
    const top = Math.max(0, Math.min(block.top, window.innerHeight - height))
    element.style.left = `${left}px`
    element.style.top = `${top}px`
  }, [shown])

  if (!shown) return null
  const [title, ...rest] = shown.lines
  return (
    <div ref={tooltip} className="sp-tooltip" role="tooltip" onPointerLeave={() => setShown(null)}>
      <strong>{title}</strong>
      {rest.map((line, index) => (
        <div key={index}>{line}</div>
      ))}
    </div>
  )
}

function blockOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(BLOCK_SELECTOR) : null
}

/** A block's parts: the week's blocks put them on lines; the month's join them with ' · '. */
function blockLines(block: Element): string[] {
  const text = (block.textContent ?? '').trim()
  return (text.includes('\n') ? text.split('\n') : text.split(' · ')).filter((line) => line.trim() !== '')
}
