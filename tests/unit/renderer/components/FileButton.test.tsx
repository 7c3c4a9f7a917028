// The file picker dressed as a button: reachable as a file input by its label, says which file was chosen, and hands
// over the same file again when it is picked twice (a restore retried after fixing nothing still gets an answer).
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FileButton } from '../../../../src/renderer/src/components/FileButton'

describe('FileButton', () => {
  it('names the chosen file beside the button and passes it on, every time it is picked', async () => {
    const onFile = vi.fn<(file: File) => void>()
    render(<FileButton label="Restore from file…" accept=".json" onFile={onFile} />)
    expect(screen.queryByText('backup.json')).toBeNull()
    const input = screen.getByLabelText('Restore from file…')
    expect((input as HTMLInputElement).type).toBe('file')
    const file = new File(['{}'], 'backup.json', { type: 'application/json' })
    await userEvent.setup().upload(input, file)
    expect(screen.getByText('backup.json')).toBeTruthy()
    await userEvent.setup().upload(input, file)
    expect(onFile.mock.calls.map(([picked]) => picked.name)).toEqual(['backup.json', 'backup.json'])
  })
})
