"""counterclaim: numeric claims in reports of armed conflict. The CLI lives in counterclaim.cli."""
