// A minimal slide deck hosting Backprop Lab (see docs/embedding.md): its own arrow keys move
// the slides, buttons send the app commands, and the app's events are shown. Keys pressed
// inside the app's frame come back as `key` events and move the slides just the same.
(function () {
  const lab = document.getElementById('lab');
  const slides = Array.from(document.querySelectorAll('.slide'));
  const slideNumber = document.getElementById('slide-number');
  const lastKey = document.getElementById('last-key');
  const appState = document.getElementById('app-state');
  let current = 0;
  let nextId = 1;
  let lesson = '';

  function show(k) {
    current = Math.max(0, Math.min(slides.length - 1, k));
    slides.forEach((s, i) => (s.hidden = i !== current));
    slideNumber.textContent = String(current + 1);
  }

  // The deck's keys: the same whether pressed on the slide or inside the app's frame.
  function onDeckKey(key) {
    lastKey.textContent = 'last key: ' + key;
    if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') show(current + 1);
    else if (key === 'ArrowLeft' || key === 'PageUp') show(current - 1);
  }
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
    onDeckKey(e.key);
  });

  function send(command, extra) {
    const message = Object.assign({ source: 'backprop-lab', command: command, id: nextId++ }, extra || {});
    lab.contentWindow.postMessage(message, '*');
  }
  document.querySelectorAll('[data-command]').forEach((button) => {
    button.addEventListener('click', () => {
      const d = button.dataset;
      send(d.command, {
        preset: d.preset,
        lesson: d.lesson,
        step: d.step === undefined ? undefined : Number(d.step),
      });
    });
  });

  window.addEventListener('message', (e) => {
    if (e.source !== lab.contentWindow) return;
    const m = e.data;
    if (!m || m.source !== 'backprop-lab') return;
    if (m.event === 'key') return onDeckKey(m.key);
    if (m.event === 'ready') say('ready (presets: ' + m.presets.join(', ') + ')');
    if (m.event === 'phase') say('phase ' + m.position + ' of ' + m.total);
    // A lesson's step stays on show while its own phase and playing events arrive after it.
    if (m.event === 'lessonStep') {
      lesson = m.lesson ? 'lesson ' + m.lesson + ', step ' + (m.step + 1) + ' of ' + m.steps : '';
      say('');
    }
    if (m.event === 'playing') say(m.playing ? 'training' : 'paused');
    if (m.event === 'done' && !m.ok) say('refused: ' + m.message);
  });

  function say(latest) {
    appState.textContent = [lesson, latest].filter(Boolean).join(' · ');
  }

  show(0);
})();
