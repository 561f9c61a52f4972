"""pagewire: the Faust app, its agents, and the pure processing stages they call."""
