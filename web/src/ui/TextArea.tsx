import { type Ref, type TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: string;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line input, with the same hint and error wiring as TextField. */
export function TextArea({ label, hint, error, className, rows = 3, ...input }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <textarea {...input} {...control} rows={rows} className="field__input field__input--multiline" />}
    </Field>
  );
}
