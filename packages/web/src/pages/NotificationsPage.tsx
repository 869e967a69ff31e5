import { useEffect, useState } from 'react';
import type { AppNotification, Notifications } from '../api/types.js';
import { useApp, usePageTitle } from '../app/context.js';
import { Link } from '../app/Link.js';
import { routePath } from '../app/routes.js';
import { ErrorAlert } from '../components/forms.js';

/** Fired after notifications are read, so that the header's unread count follows. */
export const NOTIFICATIONS_CHANGED = 'charte:notifications';

export function NotificationsPage() {
  const { api, t, date } = useApp();
  const [data, setData] = useState<Notifications | null>(null);
  const [error, setError] = useState<unknown>(null);
  usePageTitle(t('notifications.heading'));

  useEffect(() => {
    let live = true;
    api
      .notifications()
      .then((d) => live && setData(d))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  const markRead = async (ids: string[]) => {
    setError(null);
    try {
      setData(await api.markRead(ids));
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    } catch (e) {
      setError(e);
    }
  };

  const title = (n: AppNotification) => t(`notifications.kind.${n.kind}`, { actor: n.actor ?? '—' });
  const unreadIds = data?.notifications.filter((n) => !n.readAt).map((n) => n.id) ?? [];

  return (
    <>
      <div className="page-heading">
        <h1 tabIndex={-1}>{t('notifications.heading')}</h1>
        {unreadIds.length > 0 && (
          <button type="button" className="secondary-button" onClick={() => void markRead(unreadIds)}>
            {t('notifications.markAll')}
          </button>
        )}
      </div>
      <ErrorAlert error={error} />
      {data === null && !error && <p aria-busy="true">{t('common.loading')}</p>}
      {data?.notifications.length === 0 && <p>{t('notifications.empty')}</p>}
      {data && data.notifications.length > 0 && (
        <ul className="feed">
          {data.notifications.map((n) => (
            <li key={n.id} className={`card feed-item${n.readAt ? '' : ' unread'}`}>
              <p className="comment-meta">
                {!n.readAt && <span className="badge badge-unread">{t('notifications.unread')}</span>}{' '}
                <strong>{title(n)}</strong> — {date(n.createdAt)}
              </p>
              {n.text && <p>{n.text}</p>}
              <div className="form-actions">
                {n.initiativeId && (
                  <Link
                    href={routePath({ name: 'initiative', initiativeId: n.initiativeId })}
                    onClick={() => !n.readAt && void markRead([n.id])}
                  >
                    {t('notifications.open')}
                    <span className="visually-hidden"> : {title(n)}</span>
                  </Link>
                )}
                {!n.readAt && (
                  <button type="button" className="small-button" onClick={() => void markRead([n.id])}>
                    {t('notifications.markRead')}
                    <span className="visually-hidden"> : {title(n)}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
