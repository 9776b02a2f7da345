export declare const D3_STAND_INS: Readonly<Record<'d3-transition' | 'd3-interpolate', string>>;
