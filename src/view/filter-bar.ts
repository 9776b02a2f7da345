/**
 * The filter bar (search box and legend) and the loading notice, with their styles and the
 * filtering they drive: one chunk, fetched after the first render (see FilterController),
 * so the timeline draws without waiting for it.
 */
export { filterEvents, searchTexts } from '../layout/filter.js';
export { renderFilters } from './filters.js';
export { filterStyles } from './filters.styles.js';
export { renderNotice } from './notice.js';
