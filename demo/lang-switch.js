// The demo article switches language by setting the page's lang: the widget follows it.
const buttons = document.querySelectorAll('[data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}
