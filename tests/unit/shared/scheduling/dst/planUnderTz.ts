// Child-process entry of the DST suite: plans every scenario and prints the plans as JSON (run with TZ set).
import { buildSchedule } from '../../../../../src/shared/scheduling/buildSchedule'
import { DST_CHANGES, eveningInput, nightInput } from './scenarios'

const plans = DST_CHANGES.flatMap((change) => [nightInput(change), eveningInput(change)].map((input) => buildSchedule(input)))
// The host's offset on a fixed date shows which zone the child really ran in (Intl may print an alias like Asia/Calcutta).
const hostOffsetMinutes = new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset()
process.stdout.write(JSON.stringify({ hostOffsetMinutes, plans }))
