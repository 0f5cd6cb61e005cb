import { useEffect, useRef, useState } from 'react';
import { Field } from '../../ui/Field';
import type { TextDelta } from './caret';
import { transformSelection } from './caret';
import type { CoeditField, Peer } from './peers';
import { RemoteCarets, type RemoteCaret } from './RemoteCarets';
import type { IdeaDocSession } from './session';
import { diffText } from './textDiff';

/** Transaction origin of this screen's typing (observers skip what the control already shows). */
const TYPING = { typing: true };

export interface CoTextFieldProps {
  session: IdeaDocSession;
  field: CoeditField;
  label: string;
  multiline?: boolean;
  maxLength: number;
  /** The other editors (those whose caret is in this field are drawn). */
  peers: Peer[];
  disabled: boolean;
  error?: string | undefined;
  hint?: string | undefined;
  /** Takes the focus when it appears (the first field of a card just opened). */
  autoFocus?: boolean;
}

/**
 * A text control bound to one Y.Text of the card: each input becomes the smallest Yjs edit; a remote change
 * rewrites the control keeping the caret where the person was typing.
 */
export function CoTextField({ session, field, label, multiline = false, maxLength, peers, disabled, error, hint, autoFocus = false }: CoTextFieldProps) {
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const ytext = session.text(field);
  const [text, setText] = useState(() => ytext.toString());

  useEffect(() => {
    const element = control.current;
    if (!element) return;
    element.value = ytext.toString();
    setText(element.value);
    const observer = (event: { delta: TextDelta; transaction: { origin: unknown } }) => {
      const next = ytext.toString();
      if (event.transaction.origin !== TYPING && element.value !== next) {
        const focused = document.activeElement === element;
        const selection = transformSelection({ start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 }, event.delta);
        element.value = next;
        if (focused) element.setSelectionRange(selection.start, selection.end, element.selectionDirection ?? undefined);
      }
      setText(next);
    };
    ytext.observe(observer);
    return () => ytext.unobserve(observer);
  }, [ytext]);

  const reportCaret = () => {
    const element = control.current;
    if (!element || document.activeElement !== element) return;
    const start = element.selectionStart ?? 0;
    const end = element.selectionEnd ?? start;
    if (element.selectionDirection === 'backward') session.setCaret(field, end, start);
    else session.setCaret(field, start, end);
  };

  const onInput = () => {
    const element = control.current;
    if (!element) return;
    const edit = diffText(ytext.toString(), element.value, element.selectionEnd ?? undefined);
    if (edit) {
      session.doc.transact(() => {
        if (edit.remove > 0) ytext.delete(edit.index, edit.remove);
        if (edit.insert) ytext.insert(edit.index, edit.insert);
      }, TYPING);
    }
    reportCaret();
  };

  const carets: RemoteCaret[] = [];
  for (const peer of peers) {
    if (peer.field !== field) continue;
    const caret = session.caretOf(peer);
    if (caret) carets.push({ peer, ...caret });
  }

  return (
    <Field label={label} hint={hint} error={error} className="coedit__field">
      {(ids) => (
        <div className="coedit__control">
          {multiline ? (
            <textarea {...ids} ref={control} autoFocus={autoFocus} rows={4} maxLength={maxLength} disabled={disabled} className="field__input field__input--multiline" name={field} onChange={onInput} onSelect={reportCaret} onFocus={reportCaret} onBlur={() => session.setCaret(null)} />
          ) : (
            <input {...ids} ref={control} autoFocus={autoFocus} type="text" maxLength={maxLength} disabled={disabled} className="field__input" name={field} onChange={onInput} onSelect={reportCaret} onFocus={reportCaret} onBlur={() => session.setCaret(null)} />
          )}
          <RemoteCarets control={control} text={text} carets={carets} multiline={multiline} />
        </div>
      )}
    </Field>
  );
}
