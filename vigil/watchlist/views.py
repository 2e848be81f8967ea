def home(r):
    pass


edition_latest = edition_detail = edition_csv = country_list = country_detail = source_list = (
    healthz
) = home
