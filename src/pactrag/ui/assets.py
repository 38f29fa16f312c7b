"""The app's own CSS and page script (handed to ``launch``)."""

CSS = """
#pactrag-bron, #praktijk-bron, #verslag-boom { max-height: 78vh; overflow-y: auto !important; }
#praktijken-tabel table, #praktijken-tabel td, #praktijken-tabel th, #praktijken-tabel span,
#verslagen-tabel table, #verslagen-tabel td, #verslagen-tabel th, #verslagen-tabel span {
  font-family: var(--font) !important; font-size: .92em; }
#verslagen-tabel th, #verslagen-tabel th span { word-break: normal !important; overflow-wrap: normal !important; }
#praktijken-tabel .selection-button, #praktijken-tabel .cell-menu-button,
#verslagen-tabel .selection-button, #verslagen-tabel .cell-menu-button { display: none !important; }
.pactrag-source .head { position: sticky; top: 0; z-index: 1; background: var(--block-background-fill);
  padding: .2em 0 .4em 0; margin-bottom: .4em; border-bottom: 1px solid var(--border-color-primary); }
.pactrag-source .crumb { font-size: .85em; opacity: .85; }
.pactrag-source .meta { font-size: .85em; font-weight: 600; margin-top: .2em; }
.pactrag-source p { margin: 0 0 .7em 0; line-height: 1.5; }
.pactrag-source mark { background: #ffe27a; color: #1a1a1a; padding: 0 2px; border-radius: 2px; }
.pactrag-source .hint { opacity: .8; }
a.pactrag-cite { font-weight: 600; text-decoration: none; white-space: nowrap; }
.pactrag-sources { font-size: .85em; margin-top: .6em; padding-top: .4em;
  border-top: 1px solid var(--border-color-primary); }
.pactrag-sources ul { margin: .2em 0 0 0; padding-left: 1.1em; }
.pactrag-sources li { margin: .1em 0; }
.pactrag-notice { font-size: .85em; font-style: italic; margin-top: .4em; }
#vraag-melding, #opmerking-melding, #verslag-melding { color: #a4161a; font-weight: 600; }
#vraag-melding:empty, #opmerking-melding:empty { display: none; }
#modus { text-align: right; font-size: .9em; }
/* the title wraps between words only */
#titel h2 { overflow-wrap: normal; word-break: normal; hyphens: manual; margin: 0; }
/* footer links readable: dark text on the light page (contrast well above 4.5:1) */
footer a, footer button, footer span { color: #1f2937 !important; opacity: 1 !important; }
@media (prefers-color-scheme: dark) {
  footer a, footer button, footer span { color: #e5e7eb !important; }
}
@media (max-width: 700px) {
  #kop { flex-wrap: wrap; }
  #kop > * { min-width: 100% !important; }
  #titel h2 { font-size: 1.2rem; }
  #modus { text-align: left; }
  #gesprek { height: 62vh !important; }
}
"""

# - a citation link writes "turn-n" into a hidden textbox and presses a hidden button (Gradio
#   sanitises chat markdown, so the link cannot call Python itself);
# - the highlighted passage is scrolled into view in its panel, and the panel into the
#   viewport when it is out of sight (on a phone it stands below the chat);
# - the page opens at the top: the question box gets focus only on a wide screen;
# - Tab out of a dropdown closes its list.
JS = """
() => {
  window.scrollTo(0, 0);
  // the chat scrolls itself to its end; an empty chat shows its intro from the top until the
  // user scrolls, touches or types
  let touched = false;
  for (const kind of ['wheel', 'touchstart', 'keydown', 'mousedown']) {
    window.addEventListener(kind, () => { touched = true; }, {capture: true, once: true});
  }
  const introToTop = () => {
    const wrap = document.querySelector('#gesprek .bubble-wrap');
    if (!touched && wrap && wrap.scrollTop && !document.querySelector('#gesprek [data-testid="bot"]')) {
      wrap.scrollTop = 0;
    }
  };
  for (const delay of [200, 800, 2000, 5000]) setTimeout(introToTop, delay);
  if (window.innerWidth > 700) {
    setTimeout(() => {
      const box = document.querySelector('#vraag textarea');
      if (box && (!document.activeElement || document.activeElement === document.body)) {
        box.focus({preventScroll: true});
      }
    }, 300);
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#bron-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const box = document.querySelector('#bron-keuze textarea, #bron-keuze input');
    const button = document.querySelector('#bron-knop');
    if (!box || !button) return;
    box.value = link.getAttribute('href').slice(6) + ':' + Date.now();
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => button.click(), 30);
  }, true);
  document.addEventListener('focusout', (event) => {
    const input = event.target;
    if (!input || input.getAttribute('role') !== 'combobox') return;
    setTimeout(() => {
      if (document.activeElement !== input && input.getAttribute('aria-expanded') === 'true') {
        input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}));
        input.dispatchEvent(new FocusEvent('blur'));
      }
    }, 50);
  }, true);
  new MutationObserver(() => {
    introToTop();
    for (const id of ['pactrag-bron', 'praktijk-bron']) {
      const panel = document.getElementById(id);
      const mark = panel && panel.querySelector('mark:not([data-seen])');
      if (mark) {
        panel.querySelectorAll('mark').forEach((m) => m.setAttribute('data-seen', '1'));
        const head = panel.querySelector('.pactrag-source .head');
        const offset = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top;
        panel.scrollTop = Math.max(0, panel.scrollTop + offset - (head ? head.offsetHeight : 0) - 24);
        const box = panel.getBoundingClientRect();
        if (box.top < 0 || box.top > window.innerHeight * 0.6) {
          panel.scrollIntoView({block: 'start'});
        }
      }
    }
  }).observe(document.body, {childList: true, subtree: true});
}
"""
