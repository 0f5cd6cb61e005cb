import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';

/** Chooses the factory a facilitator screen works on; nothing to choose with a single factory. */
export function FactoryPicker({ factories, current, onChange }: { factories: readonly { slug: string; name: string }[]; current: string; onChange(slug: string): void }) {
  const { t } = useTranslation();
  if (factories.length < 2) return null;
  return <SelectField label={t('needs.factoryLabel')} options={factories.map((f) => ({ value: f.slug, label: f.name }))} value={current} onChange={(e) => onChange(e.target.value)} />;
}
