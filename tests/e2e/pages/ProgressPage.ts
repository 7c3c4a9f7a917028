// Page object for the Progress screen: the weekly chart (bars, axes) and its table.
import type { Locator, Page } from '@playwright/test'
import { AppShellPage } from './AppShellPage'

/** Colours as the browser computed them, for contrast checks: 'rgb(r, g, b)'. */
export interface ComputedColours {
  readonly plannedBar: string
  readonly studiedBar: string
  readonly card: string
}

export class ProgressPage {
  readonly weekly: Locator
  constructor(readonly page: Page) {
    this.weekly = page.getByRole('region', { name: 'Hours per week' })
  }

  async open(): Promise<void> {
    await new AppShellPage(this.page).open('Progress')
    await this.weekly.waitFor()
  }

  /** The weekly table's rows, one per week shown (the chart draws the same weeks). */
  weekRows(): Locator {
    return this.weekly
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader') })
  }

  /** The chart's picture (hidden from screen readers; the table is its text). */
  chart(): Locator {
    return this.weekly.getByTestId('weekly-bars')
  }

  yTicks(): Locator {
    return this.chart().locator('.chart-tick text')
  }

  xLabels(): Locator {
    return this.chart().locator('.chart-x-label')
  }

  plannedBars(): Locator {
    return this.chart().locator('.bar-planned')
  }

  /** The fills of the first week's bars and the card behind them, as computed in the current theme. */
  colours(): Promise<ComputedColours> {
    return this.chart().evaluate((svg) => {
      const fill = (selector: string) => getComputedStyle(svg.querySelector(selector)!).fill
      return {
        plannedBar: fill('.bar-planned'),
        studiedBar: fill('.bar-studied'),
        card: getComputedStyle(svg.closest('.progress-card')!).backgroundColor
      }
    })
  }
}

/** Relative luminance of an 'rgb(r, g, b)' colour (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** WCAG contrast ratio of two 'rgb(r, g, b)' colours. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}
