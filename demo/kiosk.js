// ?src=… shows another dataset, ?idle=… sets the seconds before the tour.
const params = new URLSearchParams(location.search);
const timeline = document.querySelector('diplomacy-timeline');
for (const name of ['src', 'idle', 'lang']) {
  if (params.has(name)) timeline.setAttribute(name, params.get(name));
}
