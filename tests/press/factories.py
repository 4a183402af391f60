"""Press factories: plain functions with overridable defaults."""

from datetime import date

from undersigned.press.services import release_publish, release_save

RELEASE_FIELDS = {
    "headline": "River groups from nine countries demand open water data",
    "subheadline": "Joint statement delivered to water ministers",
    "dateline_city": "Dresden",
    "dateline_country": "DE",
    "release_date": date(2025, 9, 5),
    "source": "Clean Rivers Coalition",
    "lede": "Twelve organizations from nine countries today called on water ministers to publish river data.",
    "about": "The Clean Rivers Coalition brings together riverside associations across Europe.",
    "contact_name": "Ada Lovelace",
    "contact_email": "press@example.org",
    "contact_phone": "+49 351 123456",
}
QUOTE = {
    "text": "Rivers do not stop at borders. Neither will we.",
    "speaker_name": "Maria Hofer",
    "speaker_title": "Chair",
    "organization": "Union of River Communities in Austria",
}


def make_release(statement, *, quotes=None, publish=True, selected=(), **overrides):
    fields = {**RELEASE_FIELDS, **overrides}
    release = release_save(statement=statement, fields=fields, quotes=quotes or [QUOTE], selected=selected)
    if publish:
        release_publish(release=release)
    release.refresh_from_db()
    return release
