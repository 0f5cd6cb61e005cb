import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../app/errors';
import type { InitiativeSummaryFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { Loading } from '../../ui/Loading';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CreateInitiativeDocument, InitiativeDocument, InitiativeDuplicatesDocument, LibraryThemesDocument, UpdateInitiativeDocument } from './documents';
import { FacilitatorOnly } from './FacilitatorOnly';
import { InitiativeCard } from './InitiativeCard';
import { describeLibraryError, type LibraryErrorKey } from './libraryErrors';
import { LIBRARY_PATH, recordPath } from './paths';
import { emptyForm, emptySource, fieldsOf, formOf, placeOf, PRECONDITIONS, type FormErrors, type RecordForm } from './recordForm';
import { LEGAL_FORMS, REPLICATION_MODES } from './searchParams';
import { useLibraryFactory } from './useLibraryFactory';
import { useThemeLabel } from './useThemeLabel';
import './library.css';

/** `/bibliotheque/nouvelle` and `/bibliotheque/fiche/:id/modifier`: a record's form, with likely duplicates shown while typing. */
export default function InitiativeEditPage() {
  return (
    <FacilitatorOnly>
      <EditScreen />
    </FacilitatorOnly>
  );
}

function EditScreen() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const { factory, loading: factoryLoading } = useLibraryFactory(params.get('fabrique'));
  const existing = useQuery(InitiativeDocument, { variables: { id: id ?? '' }, skip: !id });
  const record = existing.data?.initiative;

  if (id) {
    if (existing.loading && !record) return <Loading label={t('app.loading')} />;
    if (!record) return <Alert tone="error">{t('library.record.notFound')}</Alert>;
    return <RecordEditor key={record.id} factoryId={record.factoryId} recordId={record.id} title={t('library.edit.editTitle', { name: record.name })} initial={formOf(record)} />;
  }
  if (factoryLoading) return <Loading label={t('app.loading')} />;
  if (!factory) return <Alert tone="error">{t('library.noFactory')}</Alert>;
  return <RecordEditor factoryId={factory.id} recordId={null} title={t('library.edit.createTitle')} initial={emptyForm()} />;
}

/** Likely duplicates of the name and place being typed, asked for once typing pauses. */
function useDuplicates(factoryId: string, form: RecordForm, excludeId: string | null) {
  const name = form.name.trim();
  const place = placeOf(form);
  const key = JSON.stringify([name, place]);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), 400);
    return () => clearTimeout(timer);
  }, [key]);
  const [settledName, settledPlace] = JSON.parse(settled) as [string, ReturnType<typeof placeOf>];
  const { data, previousData } = useQuery(InitiativeDuplicatesDocument, {
    variables: { input: { factoryId, name: settledName, place: settledPlace, excludeId } },
    skip: settledName.length < 3,
    fetchPolicy: 'network-only',
  });
  if (settledName.length < 3) return [];
  return (data ?? previousData)?.initiativeDuplicates ?? [];
}

function Duplicates({ records, title, body }: { records: readonly InitiativeSummaryFieldsFragment[]; title: string; body: string }) {
  return (
    <div className="record__duplicates">
      <p>
        <strong>{title}</strong> {body}
      </p>
      <ul className="library__list">
        {records.map((r) => (
          <li key={r.id}>
            <InitiativeCard initiative={r} to={recordPath(r.id)} headingLevel={4} />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface EditorProps {
  factoryId: string;
  recordId: string | null;
  title: string;
  initial: RecordForm;
}

/** New records can be published on save; an existing draft is published from its page. */
function RecordEditor({ factoryId, recordId, title, initial }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const themeLabel = useThemeLabel();
  const themes = useQuery(LibraryThemesDocument, { variables: { factoryId } });
  const [form, setForm] = useState<RecordForm>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<LibraryErrorKey | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [create, creating] = useMutation(CreateInitiativeDocument);
  const [update, updating] = useMutation(UpdateInitiativeDocument);
  const nameRef = useRef<HTMLInputElement>(null);
  const duplicates = useDuplicates(factoryId, form, recordId);
  const busy = creating.loading || updating.loading;
  const set = <K extends keyof RecordForm>(key: K, value: RecordForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: { [K in keyof RecordForm]: RecordForm[K] extends string ? K : never }[keyof RecordForm]) => ({
    value: form[key] as string,
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as RecordForm[typeof key]),
  });
  const numberError = (key: keyof FormErrors) => (errors[key] ? t('library.edit.numberInvalid') : serverFields[key]);

  async function save(publish: boolean) {
    const { fields, errors: found } = fieldsOf(form);
    setErrors(found);
    setFailure(null);
    setServerFields({});
    if (Object.keys(found).length) {
      if (found.name) nameRef.current?.focus();
      setFailure('library.errors.BAD_USER_INPUT');
      return;
    }
    try {
      if (recordId) {
        await update({ variables: { input: { id: recordId, fields } } });
        void navigate(recordPath(recordId));
      } else {
        const { data } = await create({ variables: { input: { factoryId, fields, publish } } });
        if (data) void navigate(recordPath(data.createInitiative.initiative.id));
      }
    } catch (e) {
      setServerFields(fieldErrorsOf(e));
      setFailure(describeLibraryError(e));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void save(submitter?.getAttribute('value') === 'publish');
  }

  return (
    <div className="record-edit">
      <title>{`${title} · ${t('app.name')}`}</title>
      <p>
        <Link to={recordId ? recordPath(recordId) : LIBRARY_PATH}>{recordId ? t('library.edit.cancel') : t('library.back')}</Link>
      </p>
      <h1>{title}</h1>
      <form className="form form--wide" noValidate onSubmit={submit}>
        <fieldset className="fieldset">
          <legend>{t('library.edit.general')}</legend>
          <TextField ref={nameRef} label={t('library.edit.name')} name="name" required maxLength={200} {...text('name')} error={errors.name ? t('library.edit.nameRequired') : serverFields['name']} />
          <TextField label={t('library.edit.summary')} name="summary" maxLength={300} {...text('summary')} error={serverFields['summary']} />
          <TextArea label={t('library.edit.description')} name="description" rows={5} {...text('description')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('library.edit.place')}</legend>
          <div className="field-pair">
            <TextField label={t('library.edit.town')} name="town" {...text('town')} />
            <TextField label={t('library.edit.postcode')} name="postcode" inputMode="numeric" autoComplete="postal-code" {...text('postcode')} />
          </div>
          <div className="field-pair">
            <TextField label={t('library.edit.departement')} name="departement" {...text('departement')} />
            <TextField label={t('library.edit.region')} name="region" {...text('region')} />
          </div>
          <TextField label={t('library.edit.country')} name="country" maxLength={2} {...text('country')} error={serverFields['country']} />
        </fieldset>

        {/* Before saving: a similar name in the same place is probably the same initiative. */}
        <div aria-live="polite">
          {duplicates.length > 0 && <Duplicates records={duplicates} title={t('library.edit.duplicatesTitle')} body={t('library.edit.duplicatesBody')} />}
        </div>

        <fieldset className="fieldset">
          <legend>{t('library.edit.themes')}</legend>
          <div className="checkbox-columns">
            {(themes.data?.themes ?? []).map((theme) => (
              <Checkbox key={theme.id} label={themeLabel(theme)} checked={form.themeIds.includes(theme.id)} onChange={(e) => set('themeIds', e.target.checked ? [...form.themeIds, theme.id] : form.themeIds.filter((id) => id !== theme.id))} />
            ))}
          </div>
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('library.edit.organisation')}</legend>
          <SelectField
            label={t('library.edit.legalForm')}
            value={form.legalForm}
            options={[{ value: '', label: t('library.edit.legalFormNone') }, ...LEGAL_FORMS.map((lf) => ({ value: lf, label: t(`library.legalForm.${lf}`) }))]}
            onChange={(e) => set('legalForm', e.target.value as RecordForm['legalForm'])}
          />
          <TextField label={t('library.edit.legalFormDetail')} name="legalFormDetail" {...text('legalFormDetail')} />
          <div className="field-pair">
            <TextField label={t('library.edit.yearStarted')} name="yearStarted" inputMode="numeric" {...text('yearStarted')} error={numberError('yearStarted')} />
            <TextField label={t('library.edit.jobsCount')} name="jobsCount" inputMode="numeric" {...text('jobsCount')} error={numberError('jobsCount')} />
          </div>
          <TextField label={t('library.edit.jobsAsOf')} name="jobsAsOf" type="date" {...text('jobsAsOf')} />
          <TextArea label={t('library.edit.funders')} name="funders" {...text('funders')} />
          <TextArea label={t('library.edit.economicModel')} name="economicModel" {...text('economicModel')} />
          <TextArea label={t('library.edit.revenueSources')} name="revenueSources" {...text('revenueSources')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('library.edit.transferability')}</legend>
          <SelectField
            label={t('library.edit.replicationMode')}
            value={form.replicationMode}
            options={[{ value: '', label: t('library.edit.replicationModeNone') }, ...REPLICATION_MODES.map((m) => ({ value: m, label: t(`library.replicationMode.${m}`) }))]}
            onChange={(e) => set('replicationMode', e.target.value as RecordForm['replicationMode'])}
          />
          <fieldset className="fieldset">
            <legend>{t('library.edit.preconditions')}</legend>
            {PRECONDITIONS.map((p) => (
              <Checkbox key={p} label={t(`library.precondition.${p}`)} checked={form.preconditions.includes(p)} onChange={(e) => set('preconditions', e.target.checked ? [...form.preconditions, p] : form.preconditions.filter((x) => x !== p))} />
            ))}
          </fieldset>
          <TextField label={t('library.edit.minPopulation')} name="minPopulation" inputMode="numeric" {...text('minPopulation')} error={numberError('minPopulation')} />
          <TextArea label={t('library.edit.preconditionsNote')} name="preconditionsNote" {...text('preconditionsNote')} />
          <TextArea label={t('library.edit.transferable')} name="transferable" {...text('transferable')} />
          <TextField label={t('library.edit.contact')} name="contact" {...text('contact')} />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t('library.edit.sources')}</legend>
          <p className="field__hint">{t('library.edit.sourcesHint')}</p>
          {form.sources.map((source, index) => {
            const change = (key: 'url' | 'title' | 'consultedOn', value: string) => set('sources', form.sources.map((s, i) => (i === index ? { ...s, [key]: value } : s)));
            return (
              <fieldset key={index} className="fieldset record-edit__source">
                <legend>{t('library.edit.sourceLegend', { number: index + 1 })}</legend>
                <TextField label={t('library.edit.sourceUrl')} type="url" inputMode="url" value={source.url} onChange={(e) => change('url', e.target.value)} error={index === 0 ? serverFields['sources'] : undefined} />
                <TextField label={t('library.edit.sourceTitle')} value={source.title} onChange={(e) => change('title', e.target.value)} />
                <TextField label={t('library.edit.sourceConsultedOn')} type="date" value={source.consultedOn} onChange={(e) => change('consultedOn', e.target.value)} />
                <Button variant="quiet" onClick={() => set('sources', form.sources.filter((_, i) => i !== index))}>
                  {t('library.edit.removeSource', { number: index + 1 })}
                </Button>
              </fieldset>
            );
          })}
          <Button variant="secondary" onClick={() => set('sources', [...form.sources, emptySource()])}>
            {t('library.edit.addSource')}
          </Button>
        </fieldset>

        <div className="button-row">
          <Button type="submit" name="intent" value="save" busy={busy}>
            {busy ? t('library.edit.saving') : recordId ? t('library.edit.save') : t('library.edit.saveDraft')}
          </Button>
          {!recordId && (
            <Button type="submit" name="intent" value="publish" variant="secondary" disabled={busy}>
              {t('library.edit.saveAndPublish')}
            </Button>
          )}
        </div>
        <Alert tone="error">{failure ? (failure === 'library.errors.BAD_USER_INPUT' ? t('library.edit.invalid') : t('library.edit.saveFailed', { reason: t(failure) })) : null}</Alert>
      </form>
    </div>
  );
}
