// What a screen shows in words, read in the browser: for the pseudo-locale run, text that did not come from a catalog,
// and text cut off or spilling out of its box.
import type { Page } from '@playwright/test'
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/shared/i18n/pseudo'

/** A visible text (a text node, or an aria-label, title, placeholder or alt) with where it was found. */
export interface ShownText {
  readonly text: string
  readonly where: string
}

/**
 * Every text a reader or a screen reader meets on the page now, outside `translate="no"` (names of books and
 * courses, which are not translated) and outside what is hidden.
 */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- it must be in here to reach the page
    const describe = (element: Element): string => {
      const parts: string[] = []
      for (let node: Element | null = element; node && parts.length < 3; node = node.parentElement) {
        const id = node.id ? `#${node.id}` : ''
        const cls = node.classList.length ? `.${[...node.classList].slice(0, 2).join('.')}` : ''
        parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}`)
      }
      return parts.join(' > ')
    }
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- it must be in here to reach the page
    const skipped = (element: Element) =>
      element.closest('[translate="no"], script, style, noscript, template') !== null ||
      !element.checkVisibility({ opacityProperty: false, visibilityProperty: true })
    const found: { text: string; where: string }[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (!parent || text === '' || skipped(parent)) continue
      // An option of a closed <select> is not visible, yet it is what the select reads out.
      found.push({ text, where: describe(parent) })
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skipped(element)) continue
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)?.trim()
        if (value) found.push({ text: value, where: `${describe(element)}[${attribute}]` })
      }
    }
    return found
  })
}

/**
 * Words the browser writes itself in the pseudo-locale's English formatting (weekday and month names, AM/PM, hour
 * and minute units, time-zone names and cities): these come from Intl, not from a catalog, and are allowed.
 */
export function intlWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = new Set<string>()
    const add = (text: string) => {
      for (const word of text.match(/[A-Za-z]+/g) ?? []) words.add(word)
    }
    const locale = navigator.language
    for (let day = 0; day < 7; day += 1) {
      const date = new Date(Date.UTC(2027, 0, 4 + day, 12))
      for (const style of ['long', 'short', 'narrow'] as const)
        add(new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(date))
    }
    for (let month = 0; month < 12; month += 1) {
      const date = new Date(Date.UTC(2027, month, 3 + month, 9))
      for (const style of ['long', 'short', 'narrow'] as const) {
        add(new Intl.DateTimeFormat(locale, { month: style, weekday: style, timeZone: 'UTC' }).format(date))
        add(new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date))
      }
    }
    for (const hour of [9, 21])
      add(new Intl.DateTimeFormat(locale, { hour: 'numeric', hour12: true }).format(new Date(2027, 0, 1, hour)))
    add('AM PM am pm')
    for (const unit of ['hour', 'minute', 'day', 'week'])
      for (const unitDisplay of ['long', 'short', 'narrow'] as const)
        for (const value of [1, 2, 1.5])
          add(new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).format(value))
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      add(zone.replace(/[/_]/g, ' '))
      for (const timeZoneName of ['long', 'longGeneric', 'short', 'shortGeneric'] as const) {
        const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName })
          .formatToParts(new Date(Date.UTC(2027, 0, 6)))
          .find((piece) => piece.type === 'timeZoneName')
        if (part) add(part.value)
      }
    }
    return [...words]
  })
}

/** The words of `text` outside every ⟦…⟧ message that are in plain ASCII letters: not from any catalog. */
export function wordsOutsideCatalogs(text: string): string[] {
  let rest = text
  // A message may span several text nodes (rich text, a link inside): its opening or closing part stands alone.
  rest = rest.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_CLOSE}]*(${PSEUDO_CLOSE}|$)`, 'gu'), ' ')
  rest = rest.replace(new RegExp(`^[^${PSEUDO_OPEN}]*${PSEUDO_CLOSE}`, 'u'), ' ')
  return rest.match(/[A-Za-z]{2,}/g) ?? []
}

/** Elements whose text does not fit: cut off, or spilling out of its box; and the page wider than the window. */
export function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.scrollingElement ?? document.documentElement
    if (root.scrollWidth > window.innerWidth + 1)
      problems.push(`the page is ${root.scrollWidth}px wide in ${window.innerWidth}px`)
    const candidates = document.querySelectorAll(
      'button, label, legend, h1, h2, h3, h4, th, td, dt, dd, a, p, li, [role="tab"], [role="status"], [role="alert"], summary, option'
    )
    for (const element of candidates) {
      if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue
      // Calendar blocks cut their titles on purpose: their full text is in a tooltip on hover and focus.
      if (element.closest('.fc-event, .sp-session, .fc-scroller, [translate="no"]')) continue
      // A visually hidden element (for screen readers only) is 1 px wide on purpose.
      if (element.scrollWidth > element.clientWidth + 2 && element.clientWidth > 1) {
        const text = (element.textContent ?? '').trim().slice(0, 60)
        if (text)
          problems.push(
            `${element.tagName.toLowerCase()} "${text}" needs ${element.scrollWidth}px, has ${element.clientWidth}px`
          )
      }
    }
    return problems
  })
}
