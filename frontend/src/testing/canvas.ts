// jsdom has no canvas: say so the way a browser without one would (null), instead of printing "not implemented".
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext
