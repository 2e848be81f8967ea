"""English as Vigil writes it: "15 January 2025", the day before the month, in full."""

DATE_FORMAT = "j F Y"
MONTH_DAY_FORMAT = "j F"
