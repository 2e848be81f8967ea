"""The editors' admin: prepare an edition, check what blocks it, publish it at an embargo."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from vigil.core.translation_admin import (
    MissingTranslationFilter,
    TranslationAdminMixin,
    translation_field_names,
    translation_form,
)
from vigil.watchlist import services
from vigil.watchlist.forms import DatasetUploadForm
from vigil.watchlist.models import (
    Country,
    DatasetImport,
    Edition,
    EngineListing,
    Entry,
    EntryEngine,
    FactSheet,
    LevelBand,
    PersecutionEngine,
    PrayerPoint,
    Source,
    SphereProfile,
)


def codes_named(term: str) -> list[str]:
    """ISO codes of countries whose English name contains ``term`` (names are not stored)."""
    term = term.strip().casefold()
    return [code for code, name in countries if term and term in str(name).casefold()]


class CountryNameSearchMixin:
    """Lets the admin search box find countries by name as well as by slug or code."""

    country_lookup = "country__code__in"

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        results, may_have_duplicates = super().get_search_results(  # type: ignore[misc]
            request, queryset, search_term
        )
        codes = codes_named(search_term)
        if codes:
            results |= queryset.filter(**{self.country_lookup: codes})
        return results, may_have_duplicates


class UniqueRankFormSet(BaseInlineFormSet):
    """Refuses two entries with the same rank in one save, instead of a database error."""

    def clean(self) -> None:
        super().clean()
        seen: dict[int, str] = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            rank = data.get("rank")
            if rank is None or data.get("DELETE"):
                continue
            if rank in seen:
                raise ValidationError(
                    gettext("Rank %(rank)d is given to both %(first)s and %(second)s.")
                    % {"rank": rank, "first": seen[rank], "second": data.get("country")}
                )
            seen[rank] = str(data.get("country"))


class EntryInline(admin.TabularInline):
    """One short line per entry (rank, country, score, level, confidence); spheres,
    narrative and sources are on the entry's own page, linked from each line."""

    model = Entry
    formset = UniqueRankFormSet
    fields = ("rank", "country", "score", "stated_level", "confidence", "details")
    readonly_fields = ("details",)
    autocomplete_fields = ("country",)
    show_change_link = False
    view_on_site = False
    extra = 0
    ordering = ("rank",)
    classes = ("compact-entries",)

    class Media:
        css = {"all": ("css/admin-inline.css",)}

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "country" and field is not None:
            wrapper = field.widget
            wrapper.can_add_related = wrapper.can_change_related = False
            wrapper.can_delete_related = wrapper.can_view_related = False
        return field

    @admin.display(description=_("Details"))
    def details(self, entry: Entry) -> str:
        if not entry.pk:
            return ""
        url = reverse("admin:watchlist_entry_change", args=[entry.pk])
        return format_html(
            '<a href="{}">{}<span class="visually-hidden"> {}</span></a>',
            url,
            gettext("Edit"),
            entry.country,
        )


class LevelBandInline(admin.TabularInline):
    model = LevelBand
    fields = ("order", "name", "slug", "score_min", "score_max", "scheme")
    prepopulated_fields = {"slug": ("name",)}
    extra = 0


def sentences(parts: list[str]) -> str:
    """Messages joined as sentences: each ends with a full stop, one space between."""
    return " ".join(part if part.endswith((".", "!", "?")) else f"{part}." for part in parts)


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ("year", "title", "status", "publish_at", "entry_count", "complete", "preview")
    list_display_links = ("year", "title")
    list_filter = ("complete", ("publish_at", admin.DateFieldListFilter))
    search_fields = ("title", "=year", "coverage_note")
    date_hierarchy = "publish_at"
    filter_horizontal = ("sources",)
    readonly_fields = ("publication_check", "preview")
    fieldsets = (
        (None, {"fields": ("year", "title", "complete", "sources")}),
        (_("Reporting period"), {"fields": ("period_start", "period_end")}),
        (_("Notes"), {"fields": ("coverage_note", "methodology")}),
        (_("Publication"), {"fields": ("publication_check", "publish_at", "preview")}),
    )
    inlines = (LevelBandInline, EntryInline)
    actions = ("publish_now", "unpublish")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Edition]:
        return super().get_queryset(request).annotate(entry_total=Count("entries"))

    @admin.display(description=_("Entries"), ordering="entry_total")
    def entry_count(self, edition: Edition) -> int:
        return getattr(edition, "entry_total", 0)

    @admin.display(description=_("Status"))
    def status(self, edition: Edition) -> str:
        if edition.is_published:
            return gettext("Published")
        return gettext("Embargoed") if edition.publish_at else gettext("Draft")

    @admin.display(description=_("Preview"))
    def preview(self, edition: Edition) -> str:
        if not edition.pk:
            return gettext("Save the edition first.")
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            edition.get_absolute_url(),
            gettext("Preview the public page"),
        )

    @admin.display(description=_("Publication check"))
    def publication_check(self, edition: Edition) -> str:
        """Exactly what blocks publication, from ``Edition.publish_problems()``."""
        if not edition.pk:
            return gettext("Save the edition and add its entries first.")
        problems = edition.publish_problems()
        if not problems:
            return gettext("Ready to publish: nothing blocks this edition.")
        items = format_html_join("", "<li>{}</li>", ((problem,) for problem in problems))
        return format_html("<p>{}</p><ul>{}</ul>", gettext("Publication is blocked by:"), items)

    @admin.action(description=_("Publish now (lifts the embargo)"))
    def publish_now(self, request: HttpRequest, queryset: QuerySet[Edition]) -> None:
        for edition in queryset:
            try:
                services.edition_publish(edition=edition, actor=request.user)
            except ValidationError as error:
                problems = sentences(error.messages)
                message = gettext("%(year)s was not published: %(problems)s")
                self.message_user(
                    request, message % {"year": edition.year, "problems": problems}, messages.ERROR
                )
                continue
            self.log_change(request, edition, "Published now.")
            message = gettext("%(year)s is published.") % {"year": edition.year}
            self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=_("Withdraw from the public (clear publish time)"))
    def unpublish(self, request: HttpRequest, queryset: QuerySet[Edition]) -> None:
        for edition in queryset:
            services.edition_unpublish(edition=edition, actor=request.user)
            self.log_change(request, edition, "Withdrawn from the public.")
        count = queryset.count()
        message = ngettext("%(count)d edition withdrawn.", "%(count)d editions withdrawn.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


class EntryEngineInline(admin.TabularInline):
    model = EntryEngine
    fields = ("order", "engine", "published_name", "strength", "role", "confidence")
    autocomplete_fields = ("engine",)
    extra = 0


class PrayerPointInline(admin.TabularInline):
    model = PrayerPoint
    form = translation_form(PrayerPoint)
    fields = ("order", "text", *translation_field_names(PrayerPoint))
    extra = 1


@admin.register(Entry)
class EntryAdmin(TranslationAdminMixin, CountryNameSearchMixin, admin.ModelAdmin):
    list_display = (
        "country",
        "edition",
        "rank",
        "score",
        "confidence",
        "missing_translations",
        "view_profile",
    )
    list_select_related = ("country", "edition")
    list_filter = ("edition", "confidence", MissingTranslationFilter)
    search_fields = ("country__slug", "=country__code", "note")
    autocomplete_fields = ("country",)
    filter_horizontal = ("sources",)
    ordering = ("-edition__year", "rank")
    fieldsets = (
        (None, {"fields": ("edition", "country", "rank", "score", "stated_level")}),
        (
            _("Sphere scores"),
            {"fields": ("private", "family", "community", "national", "church", "violence")},
        ),
        (_("Profile"), {"fields": ("narrative", "most_affected")}),
        (_("Provenance"), {"fields": ("confidence", "sources", "note")}),
    )
    inlines = (EntryEngineInline, PrayerPointInline)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Entry]:
        """With the prayer points, whose translations "Missing translations" counts."""
        return super().get_queryset(request).prefetch_related("prayer_points")

    @admin.display(description=_("Profile"))
    def view_profile(self, entry: Entry) -> str:
        return format_html('<a href="{}">{}</a>', entry.get_absolute_url(), gettext("View"))


class FactSheetInline(admin.StackedInline):
    model = FactSheet
    fields = (
        ("year", "position", "confidence"),
        "publisher",
        ("leader", "government", "main_religion"),
        ("population", "christians", "christian_share"),
        "sources",
        "note",
    )
    filter_horizontal = ("sources",)
    extra = 0
    classes = ("collapse",)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "slug", "region", "entries_link")
    list_filter = ("region",)
    search_fields = ("slug", "=code", "region")
    inlines = (FactSheetInline,)

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        results, duplicates = super().get_search_results(request, queryset, search_term)
        codes = codes_named(search_term)
        return (results | queryset.filter(code__in=codes)) if codes else results, duplicates

    @admin.display(description=_("Entries"))
    def entries_link(self, country: Country) -> str:
        url = reverse("admin:watchlist_entry_changelist")
        return format_html(
            '<a href="{}?country__id__exact={}">{}</a>', url, country.pk, gettext("Entries")
        )


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("code", "title", "url")
    search_fields = ("code", "title", "url", "used_for")


@admin.register(PersecutionEngine)
class PersecutionEngineAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "use_count")
    search_fields = ("name", "aliases", "description")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request: HttpRequest) -> QuerySet[PersecutionEngine]:
        return super().get_queryset(request).annotate(use_total=Count("uses"))

    @admin.display(description=_("Used by entries"), ordering="use_total")
    def use_count(self, engine: PersecutionEngine) -> int:
        return getattr(engine, "use_total", 0)


@admin.register(FactSheet)
class FactSheetAdmin(CountryNameSearchMixin, admin.ModelAdmin):
    list_display = ("country", "year", "publisher", "leader", "confidence")
    list_select_related = ("country",)
    list_filter = ("confidence", "year")
    search_fields = ("country__slug", "publisher", "leader", "government", "note")
    autocomplete_fields = ("country",)
    filter_horizontal = ("sources",)


@admin.register(SphereProfile)
class SphereProfileAdmin(CountryNameSearchMixin, admin.ModelAdmin):
    list_display = ("country", "year", "score", "confidence")
    list_select_related = ("country",)
    list_filter = ("confidence", "year")
    search_fields = ("country__slug", "note")
    autocomplete_fields = ("country",)
    filter_horizontal = ("sources",)


@admin.register(LevelBand)
class LevelBandAdmin(admin.ModelAdmin):
    list_display = ("name", "edition", "score_min", "score_max", "scheme")
    list_select_related = ("edition",)
    list_filter = (("edition", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("name", "scheme", "note", "=edition__year")
    filter_horizontal = ("sources",)


@admin.register(EngineListing)
class EngineListingAdmin(admin.ModelAdmin):
    list_display = ("engine", "scheme", "position")
    list_select_related = ("engine",)
    search_fields = ("engine__name", "scheme")


def problem_table(errors: list[dict[str, Any]]) -> str:
    """Every problem of an import as a table: file, row, column, what is wrong."""
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (e["file"], e["row"] or gettext("whole file"), e["column"] or "—", e["message"])
            for e in errors
        ),
    )
    caption = ngettext(
        "%(count)d problem; nothing was imported.",
        "%(count)d problems; nothing was imported.",
        len(errors),
    ) % {"count": len(errors)}
    return format_html(
        '<table class="import-problems"><caption>{}</caption>'
        '<thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
        '<th scope="col">{}</th><th scope="col">{}</th></tr></thead>'
        "<tbody>{}</tbody></table>",
        caption,
        gettext("File"),
        gettext("Row"),
        gettext("Column"),
        gettext("Problem"),
        rows,
    )


@admin.register(DatasetImport)
class DatasetImportAdmin(admin.ModelAdmin):
    """The history of imports; "add" is the upload page that runs one."""

    list_display = ("created_at", "user", "outcome", "file_list", "summary")
    list_filter = ("succeeded",)
    list_select_related = ("user",)
    fields = ("created_at", "user", "outcome", "file_list", "summary", "problems")
    readonly_fields = fields
    upload_template = "admin/watchlist/datasetimport/upload.html"

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description=_("Result"), boolean=False, ordering="succeeded")
    def outcome(self, record: DatasetImport) -> str:
        if record.succeeded:
            return gettext("Imported")
        count = len(record.errors)
        return ngettext("Failed: %(count)d problem", "Failed: %(count)d problems", count) % {
            "count": count
        }

    @admin.display(description=_("Files"))
    def file_list(self, record: DatasetImport) -> str:
        return ", ".join(record.files)

    @admin.display(description=_("Problems"))
    def problems(self, record: DatasetImport) -> str:
        return problem_table(record.errors) if record.errors else gettext("None.")

    def add_view(
        self, request: HttpRequest, form_url: str = "", extra_context: dict | None = None
    ) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = DatasetUploadForm(request.POST, request.FILES) if request.method == "POST" else None
        record = None
        if form is not None and form.is_valid():
            record = services.dataset_import(files=form.cleaned_data["dataset"], actor=request.user)
            self.log_addition(request, record, [{"added": {}}])
            if record.succeeded:
                message = gettext("Imported: %(summary)s.") % {"summary": record.summary}
                self.message_user(request, message, messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:watchlist_datasetimport_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Import dataset files"),
            "opts": self.opts,
            "form": form or DatasetUploadForm(),
            "record": record,
            "problems": problem_table(record.errors) if record else "",
        }
        return TemplateResponse(request, self.upload_template, context)
