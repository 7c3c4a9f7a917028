// The pseudo-locale changes every letter a reader sees and nothing the code relies on: arguments, tags, plural and
// select branches stay as they are, so each message still formats.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { en } from '../../../../src/shared/i18n/catalogs/en'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoCatalog, pseudoLocalize } from '../../../../src/shared/i18n/pseudo'
import { flatMessages, icuShape } from '../../../support/icuShape'

/** Every literal a reader would see, however deep in branches and tags. */
function literals(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value]
    if (element.type === TYPE.tag) return literals(element.children)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return Object.values(element.options).flatMap((option) => literals(option.value))
    return []
  })
}

const word = fc.stringMatching(/^[A-Za-z][A-Za-z’.,:;!?()-]{0,11}$/)
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' '))
const name = fc.constantFrom('count', 'name', 'hours', 'status')
/** Messages as the catalogs write them: text around arguments, plurals, selects and tags, nested. */
const message: fc.Arbitrary<string> = fc.letrec<{ message: string }>((tie) => ({
  message: fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: text },
        name.map((argument) => `{${argument}}`),
        name.map((argument) => `{${argument}, number}`),
        fc
          .tuple(name, tie('message'), tie('message'))
          .map(([argument, one, other]) => `{${argument}, plural, one {${one} #} other {${other}}}`),
        fc
          .tuple(name, tie('message'), tie('message'))
          .map(([argument, done, other]) => `{${argument}, select, done {${done}} other {${other}}}`),
        tie('message').map((inner) => `<b>${inner}</b>`)
      ),
      { minLength: 1, maxLength: 4 }
    )
    .map((parts) => parts.join(' '))
})).message

describe('pseudoLocalize', () => {
  it('keeps every argument, tag and branch key, bracketed, with no plain letter left', () => {
    fc.assert(
      fc.property(message, (source) => {
        const pseudo = pseudoLocalize(source)
        expect(pseudo.startsWith(PSEUDO_OPEN) && pseudo.endsWith(PSEUDO_CLOSE)).toBe(true)
        expect(icuShape(pseudo)).toEqual(icuShape(source))
        for (const literal of literals(parse(pseudo))) expect(literal).not.toMatch(/[A-Za-z]/)
      })
    )
  })

  it('makes text about a third longer, as German and Spanish run', () => {
    const source = 'Plan your week from the roadmap and your free hours'
    expect(pseudoLocalize(source).length).toBeGreaterThanOrEqual(Math.round(source.length * 1.3))
  })

  it('turns the whole English catalog into valid messages of the same shape', () => {
    const pseudo = flatMessages(pseudoCatalog(en))
    const changed = [...flatMessages(en)].filter(
      ([key, source]) => JSON.stringify(icuShape(pseudo.get(key)!)) !== JSON.stringify(icuShape(source))
    )
    expect(changed).toEqual([])
  })
})
