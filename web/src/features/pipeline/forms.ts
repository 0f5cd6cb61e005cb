/** Checks of the pipeline's forms, before sending (the API checks again and says which field). */

export type Errors<K extends string> = Partial<Record<K, true>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s.()-]{8,20}$/;
export const MOTIVATION_MAX = 4000;

export interface ApplicationDraft {
  name: string;
  contact: string;
  motivation: string;
}

/** An application needs a name and a way to reach the person: an e-mail or a phone number. */
export function checkApplication(draft: ApplicationDraft): Errors<keyof ApplicationDraft> {
  const errors: Errors<keyof ApplicationDraft> = {};
  if (!draft.name.trim()) errors.name = true;
  const contact = draft.contact.trim();
  if (!EMAIL.test(contact) && !(PHONE.test(contact) && contact.replace(/\D/g, '').length >= 8)) errors.contact = true;
  if (draft.motivation.length > MOTIVATION_MAX) errors.motivation = true;
  return errors;
}

export interface DecisionDraft {
  outcome: 'GO' | 'NO_GO' | 'REWORK';
  date: string;
  members: string;
  rationale: string;
}

/** The members present, one per line (commas too), blanks and repeats dropped. */
export function membersOf(text: string): string[] {
  return [...new Set(text.split(/[\n,;]/).map((m) => m.trim()).filter(Boolean))];
}

export function checkDecision(draft: DecisionDraft): Errors<'date' | 'members' | 'rationale'> {
  const errors: Errors<'date' | 'members' | 'rationale'> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || Number.isNaN(Date.parse(draft.date))) errors.date = true;
  if (membersOf(draft.members).length === 0) errors.members = true;
  if (!draft.rationale.trim()) errors.rationale = true;
  return errors;
}

/** A call needs a description and a deadline in the future (`datetime-local`, read in the browser's zone). */
export function checkCall(draft: { description: string; deadline: string }, now: Date = new Date()): Errors<'description' | 'deadline'> {
  const errors: Errors<'description' | 'deadline'> = {};
  if (!draft.description.trim()) errors.description = true;
  const deadline = new Date(draft.deadline);
  if (!draft.deadline || Number.isNaN(deadline.getTime()) || deadline <= now) errors.deadline = true;
  return errors;
}

export const hasErrors = (errors: object) => Object.keys(errors).length > 0;

/** Today as `yyyy-mm-dd` in the browser's zone (a date input's value). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
