import { type FormEvent, useState } from 'react';
import { fieldErrors } from '../api/client.js';
import type { Unit } from '../api/types.js';
import { useApp } from '../app/context.js';
import { useSubmit } from '../app/useAction.js';
import { ErrorAlert, TextField } from '../components/forms.js';

/**
 * The organization's units (schools, services, departments): initiatives name theirs, the public
 * gallery has a page per unit, and recognition figures count per unit. Administrators add, rename and
 * remove them here; removing one keeps its members and initiatives, without a unit.
 */
export function UnitsSection({
  units,
  onChange,
  onRemoved,
}: {
  units: Unit[];
  onChange: (units: Unit[]) => void;
  onRemoved: (unit: Unit) => void;
}) {
  const { api, t, announce } = useApp();
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const { busy, error, run, clearError } = useSubmit();
  /** An empty name is said at once, without asking the server. */
  const [missing, setMissing] = useState<'add' | 'rename' | null>(null);
  const fields = fieldErrors(error);
  const sorted = (list: Unit[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const created = name.trim();
    setMissing(created ? null : 'add');
    if (!created) return;
    const ok = await run(async () => {
      const unit = await api.createUnit(created);
      onChange(sorted([...units, unit]));
      announce(t('units.added', { name: unit.name }));
    });
    if (ok) setName('');
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    setMissing(editing.name.trim() ? null : 'rename');
    if (!editing.name.trim()) return;
    const ok = await run(async () => {
      const unit = await api.renameUnit(editing.id, editing.name.trim());
      onChange(sorted(units.map((u) => (u.id === unit.id ? unit : u))));
      announce(t('units.renamed', { name: unit.name }));
    });
    if (ok) setEditing(null);
  };

  const remove = async (unit: Unit) => {
    if (!window.confirm(t('units.removeConfirm', { name: unit.name }))) return;
    await run(async () => {
      await api.deleteUnit(unit.id);
      onChange(units.filter((u) => u.id !== unit.id));
      onRemoved(unit);
      announce(t('units.removed', { name: unit.name }));
    });
  };

  return (
    <section className="card" aria-labelledby="units-heading">
      <h2 id="units-heading">{t('units.heading')}</h2>
      <p>{t('units.intro')}</p>
      <ErrorAlert error={error} shownFields={['name']} />
      {units.length === 0 ? (
        <p>{t('units.empty')}</p>
      ) : (
        <ul className="unit-list">
          {units.map((u) =>
            editing?.id === u.id ? (
              <li key={u.id}>
                <form className="inline-form" onSubmit={rename} noValidate>
                  <TextField
                    label={t('units.newName', { name: u.name })}
                    value={editing.name}
                    required
                    maxLength={200}
                    onChange={(e) => setEditing({ id: u.id, name: e.target.value })}
                    error={missing === 'rename' ? t('units.nameRequired') : fields.name}
                    // The field replaces the button just pressed: the focus goes where the eye is.
                    autoFocus
                  />
                  <button type="submit" className="small-button" disabled={busy}>
                    {t('units.save')}
                  </button>
                  <button type="button" className="small-button" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </button>
                </form>
              </li>
            ) : (
              <li key={u.id}>
                <span className="unit-name">{u.name}</span>{' '}
                <button
                  type="button"
                  className="small-button"
                  disabled={busy}
                  onClick={() => {
                    clearError();
                    setEditing({ id: u.id, name: u.name });
                  }}
                >
                  {t('units.rename')}
                  <span className="visually-hidden"> {u.name}</span>
                </button>{' '}
                <button
                  type="button"
                  className="small-button danger"
                  disabled={busy}
                  onClick={() => void remove(u)}
                >
                  {t('units.remove')}
                  <span className="visually-hidden"> {u.name}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      )}
      <form className="form" onSubmit={add} noValidate>
        <TextField
          label={t('units.name')}
          hint={t('units.nameHint')}
          value={name}
          required
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={missing === 'add' ? t('units.nameRequired') : editing ? undefined : fields.name}
        />
        <button type="submit" className="primary-button" disabled={busy}>
          {t('units.add')}
        </button>
      </form>
    </section>
  );
}
