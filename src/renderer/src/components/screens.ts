// The screens the shell navigates between (defined in shared so main's menu offers the same ones).
export { SCREENS as screens, isScreenId, type ScreenId } from '../../../shared/screens'
