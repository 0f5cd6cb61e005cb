import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InitiativeSummaryFieldsFragment } from '../../gql/graphql';
import { placeLine } from './format';
import { useThemeLabel } from './useThemeLabel';

/** One record in a list: name (a link), summary, place, themes, and its status unless published. */
export function InitiativeCard({ initiative, to, headingLevel = 3 }: { initiative: InitiativeSummaryFieldsFragment; to: string; headingLevel?: 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const themeLabel = useThemeLabel();
  const Heading = `h${headingLevel}` as const;
  const place = placeLine(initiative.place, i18n.resolvedLanguage ?? 'fr');
  return (
    <article className="initiative-card">
      <Heading className="initiative-card__name">
        <Link to={to}>{initiative.name}</Link>
        {initiative.status !== 'PUBLISHED' && <span className={`tag initiative-status initiative-status--${initiative.status.toLowerCase()}`}>{t(`library.status.${initiative.status}`)}</span>}
      </Heading>
      {initiative.summary && <p className="initiative-card__summary">{initiative.summary}</p>}
      <p className="initiative-card__meta">
        {[place, initiative.legalForm ? t(`library.legalForm.${initiative.legalForm}`) : '', initiative.transferability.replicationMode ? t(`library.replicationMode.${initiative.transferability.replicationMode}`) : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {initiative.themes.length > 0 && (
        <ul className="initiative-card__themes" aria-label={t('library.record.themes')}>
          {initiative.themes.map((theme) => (
            <li key={theme.id} className="tag">
              {themeLabel(theme)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
