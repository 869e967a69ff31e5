import type { InitiativeStatus } from '../api/types.js';
import { useApp } from '../app/context.js';
import type { ToneLabel, VersionStatus } from '../constants.js';

export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useApp();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}

/** A tone label as a chip drawn like the editor's tint (colour and underline style), with its name. */
export function ToneChip({ label }: { label: ToneLabel }) {
  const { t } = useApp();
  return <span className={`tone-chip cm-tone-${label}`}>{t(`label.${label}`)}</span>;
}

export function BehindBadge() {
  const { t } = useApp();
  return (
    <span className="badge badge-behind">
      <span aria-hidden="true">⚠ </span>
      {t('version.behind')}
    </span>
  );
}

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useApp();
  return <span className={`badge badge-initiative-${status}`}>{t(`initiativeStatus.${status}`)}</span>;
}

export function ShowcasedBadge() {
  const { t } = useApp();
  return (
    <span className="badge badge-showcased">
      <span aria-hidden="true">★ </span>
      {t('initiative.showcased')}
    </span>
  );
}
