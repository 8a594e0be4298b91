/**
 * A lesson's text, in its small markup: paragraphs a blank line apart, *emphasis*, $inline$
 * and $$display$$ TeX (typeset by KaTeX), and [[value]] placeholders filled with the engine's
 * numbers for the example on screen — [[x 0]], [[w 0 0 0]] (layer, to, from), [[b 0 0]],
 * [[z 0 0]], [[a 1 0]], [[delta 2 0]], [[df 0 0]], [[grad 0 0 0]], [[w-new 0 0 0]],
 * [[bias-grad 0 0]], [[y]], [[yhat]], [[loss]], [[lr]]. Never HTML: text stays text.
 */
import type { ReactNode } from 'react';
import { placeholderRef } from '../../store/lessons/placeholders';
import { readValue, type LessonPass } from '../../store/lessons/values';
import { formatShown } from '../kit/format';
import { Tex } from '../kit/Tex';

const TOKEN = /(\$\$[^$]+\$\$|\$[^$]+\$|\*[^*\n]+\*|\[\[[^\]]+\]\])/;

function inline(text: string, pass: LessonPass | null, key: string): ReactNode[] {
  return text.split(TOKEN).map((part, k) => {
    const id = `${key}-${k}`;
    if (part.startsWith('$$') && part.endsWith('$$') && part.length > 4)
      return <Tex key={id} tex={part.slice(2, -2)} display />;
    if (part.startsWith('$') && part.endsWith('$') && part.length > 2) return <Tex key={id} tex={part.slice(1, -1)} />;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={id}>{part.slice(1, -1)}</em>;
    if (part.startsWith('[[') && part.endsWith(']]')) {
      const ref = placeholderRef(part.slice(2, -2));
      const value = ref ? readValue(pass, ref) : null;
      return (
        <span key={id} className="lesson-value" data-value={value ?? undefined}>
          {value === null ? '—' : formatShown(value)}
        </span>
      );
    }
    return part;
  });
}

export function LessonText({
  text,
  pass,
  className = 'lesson-text',
}: {
  text: string;
  pass: LessonPass | null;
  className?: string;
}) {
  return (
    <div className={className}>
      {text.split(/\n\s*\n/).map((paragraph, k) =>
        paragraph.trim().startsWith('$$') && paragraph.trim().endsWith('$$') ? (
          <div key={k} className="lesson-display">
            {inline(paragraph.trim(), pass, `p${k}`)}
          </div>
        ) : (
          <p key={k}>{inline(paragraph, pass, `p${k}`)}</p>
        ),
      )}
    </div>
  );
}
