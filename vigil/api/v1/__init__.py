"""Version 1 of the open data API: the watch list, campaigns, prisoners and prayer walls."""
