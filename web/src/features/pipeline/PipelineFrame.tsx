import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SignedInOnly } from '../identity/SignedInOnly';
import { FactoryScreen } from '../needs/FactoryScreen';
import { addPipelineMessages } from './messages';
import { pipelinePath } from './paths';
import './pipeline.css';

/** The pipeline screens' own links: board, cohorts, funnel (keeping the chosen factory). */
export function PipelineNav({ slug }: { slug?: string | undefined }) {
  const { t } = useTranslation();
  const links = [
    ['board', pipelinePath(null, slug)],
    ['cohorts', pipelinePath('promotions', slug)],
    ['funnel', pipelinePath('entonnoir', slug)],
  ] as const;
  return (
    <nav className="pipeline-nav" aria-label={t('pipeline.nav')}>
      {links.map(([key, to]) => (
        <NavLink key={key} to={to} end className="pipeline-nav__link">
          {t(`pipeline.sections.${key}`)}
        </NavLink>
      ))}
    </nav>
  );
}

/** A pipeline screen working on the factory the facilitator chose (`?fabrique=`), with the section links. */
export function PipelineFactoryScreen({ title, intro, children }: { title: string; intro: string; children: (factory: { id: string; slug: string }) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <FactoryScreen title={title} intro={intro} empty={t('pipeline.noFactory')}>
      {(factory) => (
        <>
          <PipelineNav slug={factory.slug} />
          {children(factory)}
        </>
      )}
    </FactoryScreen>
  );
}

/** The pipeline screens are for signed-in people (others go to the sign-in page); they bring their messages. */
export function PipelineOnly({ children }: { children: ReactNode }) {
  return <SignedInOnly addMessages={addPipelineMessages}>{children}</SignedInOnly>;
}
