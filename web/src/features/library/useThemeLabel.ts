import { useTranslation } from 'react-i18next';

interface ThemeLabels {
  labelFr: string;
  labelEn: string;
}

/** A theme's label in the viewer's language (French when there is no English one). */
export function useThemeLabel() {
  const { i18n } = useTranslation();
  const english = (i18n.resolvedLanguage ?? 'fr') === 'en';
  return (theme: ThemeLabels | undefined, fallback = ''): string => (theme ? (english && theme.labelEn) || theme.labelFr : fallback);
}
