/**
 * The form kit every form uses, so that errors are shown the same way everywhere and none is lost:
 *
 * - `useFormErrors(fields)` holds the form's error and places it with `placeError`: next to the
 *   field it names, or as the general message when the form has no such field (or none is named).
 * - `checkRequest(channel, input)` checks a request with the contract's zod schema before sending.
 * - `Field`, `TextField` (stops at the contract's limit), `ChoiceGroup`, `ManyChoice`, `ScaleChoice`,
 *   `FieldError` and `FormMessage` draw the fields and messages, wired with aria-describedby and
 *   aria-invalid.
 */
export { ChoiceGroup, choicesOf, type Choice, type ChoiceGroupProps } from './ChoiceGroup';
export {
  Field,
  FieldError,
  FormMessage,
  TextField,
  limitNote,
  type ControlProps,
  type FieldProps,
  type TextFieldProps,
} from './Field';
export {
  checkRequest,
  placeError,
  useFormErrors,
  type FieldMap,
  type FormErrors,
  type PlacedError,
} from './form-errors';
export { ManyChoice, type ManyChoiceProps } from './ManyChoice';
export { ScaleChoice, type ScaleChoiceProps } from './ScaleChoice';
export { clampText, visibleCount } from './text-limit';
export { NOTE_HINT } from './note-hint';
