import { useTranslation } from 'react-i18next';
import { useConnectionState, type ConnectionState } from '../../app/connection';
import { StatusPill, type StatusTone } from '../../ui/StatusPill';

const tones: Record<ConnectionState, StatusTone> = {
  connected: 'ok',
  connecting: 'busy',
  reconnecting: 'warn',
  offline: 'off',
  idle: 'busy',
};

/** Live, reconnecting or offline: always visible in a room. */
export function LiveStatus() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return <StatusPill tone={tones[state]} label={t('live.statusLabel')} text={t(`live.${state}`)} />;
}
