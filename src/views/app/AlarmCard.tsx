/**
 * A paused run, explained: what happened, the likely cause, and the three ways on — a smaller
 * learning rate from the last finite weights, the weights of an earlier step put back, or a
 * reset to the first weights.
 */
import { useState } from 'react';
import { lowerLearningRate } from '../../store/commands/recovery';
import { useAppState, useCommands, useRun } from '../kit/appContext';
import { formatStep } from '../kit/format';
import { alarmWords } from './alarmText';

export function AlarmCard() {
  const alarm = useRun((s) => s.alarm);
  const running = useAppState((s) => s.running);
  const commands = useCommands();
  const [chosen, setChosen] = useState<number | null>(null);
  if (!alarm) return null;
  const words = alarmWords(alarm, running[alarm.trainer]);
  const side = running.length > 1 ? (alarm.trainer === 0 ? 'Left network: ' : 'Right network: ') : '';
  const lower = lowerLearningRate(alarm.learningRate);
  const steps = alarm.restorable.filter((s) => s <= alarm.step);
  const restore = chosen !== null && steps.includes(chosen) ? chosen : (steps[0] ?? null);
  const ago = (s: number) => (s === alarm.step ? 'now' : `${formatStep(alarm.step - s)} steps ago`);
  return (
    <section className="alarm" role="alert" aria-labelledby="alarm-title">
      <div className="alarm-text">
        <h2 id="alarm-title">
          <span aria-hidden="true">⚠ </span>
          {side}
          {words.title}
        </h2>
        <p>{words.what}</p>
        <p>{words.cause}</p>
      </div>
      <div className="alarm-actions">
        {lower !== null && (
          <button type="button" onClick={() => commands.lowerLearningRateAndContinue(alarm.trainer)}>
            Lower η to {lower} and continue
          </button>
        )}
        {restore !== null && (
          <span className="alarm-restore">
            <button type="button" onClick={() => commands.restoreStep(alarm.trainer, restore)}>
              Restore the weights of step {formatStep(restore)}
            </button>
            {steps.length > 1 && (
              <select
                aria-label="Step whose weights to restore"
                value={restore}
                onChange={(e) => setChosen(Number(e.target.value))}
              >
                {steps.map((s) => (
                  <option key={s} value={s}>
                    step {formatStep(s)} ({ago(s)})
                  </option>
                ))}
              </select>
            )}
          </span>
        )}
        <button type="button" onClick={commands.reset}>
          Reset to the first weights
        </button>
        <button type="button" className="alarm-dismiss" onClick={commands.dismissMessages} aria-label="Dismiss">
          ×
        </button>
      </div>
    </section>
  );
}
