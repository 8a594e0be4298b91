/** The `?` overlay: every keyboard shortcut, generated from the table that binds them. */
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const back = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => back?.focus?.();
  }, []);
  return (
    <div className="welcome" role="presentation" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <section
        className="welcome-card shortcuts-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <p className="hint">
          They never fire while you type in a field. A presentation clicker’s buttons work as Page Up and Page Down.
        </p>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.label}>
                <th scope="row">
                  <kbd>{s.label}</kbd>
                </th>
                <td>{s.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </section>
    </div>
  );
}
