/** Full screen on or off (the Fullscreen API), for a projector; a refusal (no user gesture, an iframe) changes nothing. */
export function toggleFullscreen(): void {
  try {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
    else void document.documentElement.requestFullscreen?.().catch(() => {});
  } catch {
    // Not allowed here (an embedded frame without permission): nothing to do.
  }
}
