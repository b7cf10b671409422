"""Charts drawn as inline SVG, one module per job: `draw` (the entry point, `chart_html`), `spec`
(the data normalized), `colours`, `value_axis`, `x_axis`, `numbers` (figures in the document's
language), `bars`, `bar_widths`, `lines`, `cartesian`, `sparkline`, `pie`, `slices`, `shares`,
`legend`, `pie_legend`, `formatting`, `css`."""
