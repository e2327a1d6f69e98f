"""Labels of the dashboard in Vietnamese (the default) and English.

One table, key -> (Vietnamese, English). Column names of query results and the values the graph
stores in English (roles, levels, statuses, fact types) are translated here too, so every page shows
one language at a time."""

from __future__ import annotations

from functools import cache

LANGS = ("vi", "en")

LABELS: dict[str, tuple[str, str]] = {
    # navigation and chrome
    "app.title": ("Đồ thị sự kiện chính trị", "Political events graph"),
    "lang.label": ("Ngôn ngữ", "Language"),
    "nav.leaders": ("Lãnh đạo", "Leadership"),
    "nav.analysis": ("Phân tích", "Analysis"),
    "nav.lookup": ("Tra cứu", "Look-up"),
    "store.label": ("Kho dữ liệu", "Store"),
    "store.unavailable": (
        "Không mở được kho dữ liệu {url}: {error}",
        "Cannot open the store {url}: {error}",
    ),
    "store.empty": (
        "Kho dữ liệu chưa có bài nào. Hãy nạp bài bằng lệnh `eventgraph ingest`.",
        "The store holds no articles yet. Load some with `eventgraph ingest`.",
    ),
    "query.failed": ("Truy vấn {name} không chạy được: {error}", "Query {name} failed: {error}"),
    "reload": ("Tải lại dữ liệu", "Reload data"),
    "tables.reading": (
        "Các cuộc họp sẽ hiện ở đây khi dữ liệu của lần nạp này được chuẩn bị xong (vài phút "
        "với kho lớn); người, văn bản và địa phương đã tìm được ở trên.",
        "Meetings will appear here once this ingest's data are prepared (a few minutes for a "
        "large store); people, documents and localities are found above.",
    ),
    "tables.stale": (
        "Dữ liệu mới nhất đang được chuẩn bị; trong lúc chờ, trang này hiển thị số liệu "
        "của lần nạp trước.",
        "The newest data are being prepared; meanwhile this page shows the figures of the "
        "previous ingest.",
    ),
    "no_match": (
        "Không có kết quả khớp với bộ lọc. Hãy nới rộng thời gian hoặc chọn địa phương khác.",
        "Nothing matches these filters. Widen the period or pick another locality.",
    ),
    "csv": ("Tải CSV", "Download CSV"),
    "turtle": ("Tải Turtle (RDF)", "Download Turtle (RDF)"),
    "graphml": ("Tải GraphML", "Download GraphML"),
    "rows": ("{n} dòng", "{n} rows"),
    "shown_first": ("Chỉ hiển thị {n} dòng đầu.", "Showing the first {n} rows."),
    # filters
    "filters": ("Bộ lọc", "Filters"),
    "filters.none": ("toàn bộ dữ liệu", "all the data"),
    "filter.from": ("Từ ngày", "From"),
    "filter.to": ("Đến ngày", "To"),
    "filter.locality": ("Tỉnh/thành phố", "Province"),
    "filter.all": ("Tất cả", "All"),
    "filter.kind": ("Loại cuộc họp", "Meeting kind"),
    # overview
    "overview.title": ("Tổng quan", "Overview"),
    "overview.caption": (
        "Toàn cảnh tin tức đã nạp: số bài, cuộc họp, nhân vật, văn bản; ai chủ trì nhiều "
        "nhất; văn bản mới và các văn bản triển khai.",
        "The news at a glance: articles, meetings, people, directives; who chairs most; "
        "the newest directives and what implements them.",
    ),
    "overview.articles": ("Bài báo", "Articles"),
    "overview.meetings": ("Cuộc họp", "Meetings"),
    "overview.people": ("Nhân vật", "People"),
    "overview.directives": ("Văn bản", "Directives"),
    "overview.activity": ("Số cuộc họp theo tháng và địa phương", "Meetings per month by locality"),
    "overview.activity_none": (
        "Chưa có cuộc họp nào có ngày trong phạm vi này.",
        "No dated meeting in this range.",
    ),
    "overview.top_chairs": ("Chủ trì nhiều cuộc họp nhất", "Most active chairs"),
    "overview.top_line": ("Chủ trì nhiều nhất: {names}", "Chaired most: {names}"),
    "overview.newest": (
        "Văn bản mới nhất và văn bản triển khai",
        "Newest directives and what implements them",
    ),
    "overview.other": ("Khác", "Other"),
    "overview.unknown_place": ("Không rõ", "Unknown"),
    # meetings
    "meetings.title": ("Cuộc họp", "Meetings"),
    "meetings.caption": (
        "Ai chủ trì cuộc họp nào: lọc, sắp xếp, mở câu nguồn và bài báo.",
        "Who chaired which meetings: filter, sort, open the source sentence and article.",
    ),
    "meetings.person": ("Người chủ trì (có thể gõ không dấu)", "Chair (diacritics optional)"),
    "meetings.pick": ("Xem nguồn của dòng", "Show the source of row"),
    "meetings.sentence": ("Câu nguồn", "Source sentence"),
    "meetings.open": ("Mở bài báo", "Open the article"),
    # lineage
    "lineage.title": ("Dòng văn bản", "Directive lineage"),
    "lineage.caption": (
        "Tìm văn bản theo số hiệu hoặc trích yếu; xem văn bản cấp trên mà nó thực hiện và "
        "các văn bản triển khai nó.",
        "Find a directive by code or subject; see what it implements up to the central "
        "document, and what implements it.",
    ),
    "lineage.find": (
        "Số hiệu, từ trong trích yếu hoặc cơ quan ban hành",
        "Code, words of the subject or the issuer",
    ),
    "lineage.hint": (
        "Ví dụ: 122-KH/TU, 21-KL/TW, “chỉnh đốn Đảng”, “hai phong”.",
        "For example: 122-KH/TU, 21-KL/TW, “chỉnh đốn Đảng”, “hai phong”.",
    ),
    "lineage.pick": ("Chọn văn bản", "Pick a directive"),
    "lineage.none": (
        "Chưa thấy văn bản nào liên kết với văn bản này.",
        "No linked document found yet.",
    ),
    "lineage.tree": ("Cây văn bản", "Tree"),
    "lineage.tree_help": (
        "Mỗi văn bản thụt vào thực hiện văn bản ngay phía trên nó.",
        "Each indented document implements the one just above it.",
    ),
    "lineage.graph": ("Đồ thị", "Graph"),
    "lineage.links": ("Các liên kết", "Links"),
    "lineage.selected": ("đang xem", "selected"),
    "lineage.implements": ("thực hiện", "implements"),
    "lineage.below": (
        "Văn bản triển khai theo tỉnh, thành phố và ngày",
        "Implemented by, by province and date",
    ),
    "lineage.below_help": (
        "Tỉnh, thành phố đọc từ tên cơ quan ban hành; văn bản của cấp xã, phường, huyện "
        "thuộc tỉnh của văn bản mà nó thực hiện.",
        "The province is read from the issuer's name; a commune, ward or district document "
        "belongs to the province of the document it implements.",
    ),
    "lineage.provinces": (
        "Đã triển khai tại {n} tỉnh, thành phố: {places}",
        "Carried out in {n} provinces: {places}",
    ),
    "lineage.no_date": ("chưa rõ ngày", "date unknown"),
    "lineage.sources": (
        "Câu nguồn: các bài báo nói về văn bản này",
        "Source sentences: the articles about this document",
    ),
    "lineage.truncated": (
        "Đồ thị chỉ vẽ {n} văn bản gần nhất.",
        "The graph draws the nearest {n} documents.",
    ),
    # people
    "people.title": ("Nhân vật", "People"),
    "people.caption": (
        "Hồ sơ: chức vụ theo thời gian, cuộc họp chủ trì và dự, người thường dự họp cùng.",
        "Profile: positions over time, meetings chaired and attended, nearest colleagues.",
    ),
    "people.find": ("Tên (có thể gõ không dấu)", "Name (diacritics optional)"),
    "people.pick": ("Chọn nhân vật", "Pick a person"),
    "people.positions": ("Chức vụ theo thời gian", "Positions over time"),
    "people.no_dates": (
        "Các chức vụ chưa có ngày nên chưa vẽ được dòng thời gian.",
        "The positions have no dates, so there is no timeline.",
    ),
    "people.chaired": ("Cuộc họp chủ trì", "Meetings chaired"),
    "people.attended": ("Cuộc họp tham dự", "Meetings attended"),
    "people.sources": (
        "Câu nguồn: mỗi câu nói về người này và bài báo của nó",
        "Source sentences: each sentence about this person and its article",
    ),
    "people.colleagues": ("Người dự họp cùng nhiều nhất", "Nearest colleagues by co-attendance"),
    "people.no_colleagues": (
        "Chưa có ai dự họp cùng.",
        "Nobody attended a meeting with this person yet.",
    ),
    "people.summary": (
        "{meetings} cuộc họp · {articles} bài báo",
        "{meetings} meetings · {articles} articles",
    ),
    # localities
    "localities.title": ("Địa phương", "Localities"),
    "localities.caption": (
        "Hoạt động theo tỉnh/thành phố, đơn vị cũ (trước 2025) và mới; xem chi tiết một tỉnh.",
        "Activity per province, old (pre-2025) and new units; drill into one.",
    ),
    "localities.chart": (
        "Cuộc họp và bài báo theo tỉnh/thành phố",
        "Meetings and articles per province",
    ),
    "localities.pick": ("Xem chi tiết tỉnh/thành phố", "Drill into a province"),
    "localities.units": ("Quận/huyện, xã/phường được nhắc đến", "Districts and communes named"),
    "localities.meetings": ("Cuộc họp tại địa phương", "Meetings held there"),
    "localities.directives": ("Văn bản trong tin của địa phương", "Directives in its news"),
    "era.new": ("Đơn vị mới (từ 2025)", "New unit (2025)"),
    "era.both": ("Còn trên bản đồ 2025", "On the 2025 map"),
    "era.old": ("Đơn vị cũ (trước 2025)", "Old unit (pre-2025)"),
    "era.old_into": ("Đơn vị cũ, nay thuộc {new}", "Old unit, now part of {new}"),
    "era.unknown": ("Chưa xác định", "Unknown"),
    # search
    "search.title": ("Tìm kiếm", "Search"),
    "search.caption": (
        "Một ô tìm kiếm cho nhân vật, văn bản, cuộc họp và địa phương; gõ có dấu hay "
        "không dấu đều được.",
        "One box for people, directives, meetings and localities; diacritics optional.",
    ),
    "search.box": ("Tìm", "Search"),
    "search.placeholder": (
        "vd. tran luu quang, 122-KH/TU, Hải Phòng",
        "e.g. tran luu quang, 122-KH/TU",
    ),
    "search.hint": (
        "Gõ tên người, số hiệu văn bản, tên cuộc họp hoặc địa danh.",
        "Type a name, a document code, a meeting name or a place.",
    ),
    "search.none": ("Không tìm thấy “{q}”.", "Nothing found for “{q}”."),
    "search.open": ("Mở", "Open"),
    # source reader
    "source.title": ("Đọc bài nguồn", "Source reader"),
    "source.caption": (
        "Bài báo với các dữ kiện đã trích xuất được tô màu trong văn bản.",
        "An article with its extracted facts highlighted in the text.",
    ),
    "source.find": ("Tìm bài theo mã hoặc tiêu đề", "Find an article by id or title"),
    "source.pick": ("Chọn bài", "Pick an article"),
    "source.missing": (
        "Không có bài mã “{id}” trong kho.",
        "No article with id “{id}” in the store.",
    ),
    "source.facts": ("Dữ kiện trích xuất", "Extracted facts"),
    "source.no_facts": (
        "Bài này chưa có dữ kiện nào được trích xuất.",
        "No fact was read from this article.",
    ),
    "source.link": ("Bài gốc", "Original"),
    "source.likely_date": ("ngày {date} (năm suy đoán)", "{date} (likely year)"),
    # console
    "console.title": ("Truy vấn", "Query console"),
    "console.caption": (
        "Chạy truy vấn chỉ đọc ({language}); lệnh sửa dữ liệu bị từ chối.",
        "Run a read-only query ({language}); updates are refused.",
    ),
    "console.text": ("Câu truy vấn", "Query"),
    "console.run": ("Chạy", "Run"),
    "console.error": ("Lỗi: {error}", "Error: {error}"),
    "console.catalog": ("Các truy vấn có sẵn", "Named queries"),
    "console.no_rows": ("Truy vấn không trả về dòng nào.", "The query returned no rows."),
}

# Column headers of query results.
COLUMNS: dict[str, tuple[str, str]] = {
    "person": ("Người", "Person"),
    "meeting_name": ("Cuộc họp", "Meeting"),
    "kind": ("Loại", "Kind"),
    "date": ("Ngày", "Date"),
    "locality": ("Địa phương", "Locality"),
    "role": ("Vai trò", "Role"),
    "sentence": ("Câu nguồn", "Sentence"),
    "article": ("Bài báo", "Article"),
    "reports": ("Số bài đưa tin", "Reports"),
    "meetings": ("Cuộc họp", "Meetings"),
    "latest": ("Gần nhất", "Latest"),
    "code": ("Số hiệu", "Code"),
    "issuer": ("Cơ quan ban hành", "Issuer"),
    "implemented_by": ("Văn bản triển khai", "Implemented by"),
    "implements": ("Thực hiện", "Implements"),
    "articles": ("Bài báo", "Articles"),
    "province": ("Tỉnh/thành phố", "Province"),
    "month": ("Tháng", "Month"),
    "units": ("Đơn vị cấp dưới", "Units named"),
    "era": ("Bản đồ", "Map"),
    "unit": ("Đơn vị", "Unit"),
    "level": ("Cấp", "Level"),
    "label": ("Tên", "Name"),
    "detail": ("Chi tiết", "Detail"),
    "type": ("Loại", "Type"),
    "facts": ("Dữ kiện", "Facts"),
    "title": ("Tiêu đề", "Title"),
    "outlet": ("Nguồn", "Outlet"),
    "position": ("Chức vụ", "Position"),
    "first_seen": ("Thấy lần đầu", "First seen"),
    "last_seen": ("Thấy lần cuối", "Last seen"),
    "status": ("Tình trạng", "Status"),
    "shared": ("Số cuộc họp chung", "Meetings together"),
    "subject": ("Nội dung", "Subject"),
    "object": ("Đối tượng", "Object"),
    "start": ("Từ ký tự", "Start"),
    "end": ("Đến ký tự", "End"),
    "period": ("Khóa/năm", "Term/year"),
    "links": ("Liên kết", "Links"),
    "relation": ("Quan hệ", "Relation"),
    "source_code": ("Văn bản", "Document"),
    "target_code": ("Thực hiện văn bản", "Implements"),
    "source_issuer": ("Cơ quan ban hành", "Issuer"),
    "source_date": ("Ngày", "Date"),
    "direction": ("Chiều", "Direction"),
    "open": ("Mở", "Open"),
    "chairs": ("Chủ trì", "Chairs"),
    "scope": ("Phạm vi", "Scope"),
    "scopes": ("Phạm vi", "Scope"),
}

# Values the graph stores in English.
VALUES: dict[str, tuple[str, str]] = {
    "chair": ("chủ trì", "chair"),
    "co-chair": ("đồng chủ trì", "co-chair"),
    "attendee": ("dự", "attendee"),
    "speaker": ("phát biểu", "speaker"),
    "current": ("đương nhiệm", "current"),
    "former": ("nguyên", "former"),
    "acting": ("quyền", "acting"),
    "concurrent": ("kiêm", "concurrent"),
    "province": ("tỉnh/thành phố", "province"),
    "district": ("quận/huyện", "district"),
    "commune": ("xã/phường", "commune"),
    "country": ("quốc gia", "country"),
    "person": ("Nhân vật", "People"),
    "directive": ("Văn bản", "Directives"),
    "meeting": ("Cuộc họp", "Meetings"),
    "locality": ("Địa phương", "Localities"),
    "up": ("lên", "up"),
    "down": ("xuống", "down"),
    "Mention": ("nhắc đến", "mention"),
    "Membership": ("chức vụ", "position"),
    "Participation": ("tham dự", "participation"),
    "MeetingReport": ("đưa tin cuộc họp", "meeting report"),
    "LineageStatement": ("quan hệ văn bản", "lineage"),
    "implements": ("thực hiện", "implements"),
    "trung-uong": ("Trung ương", "central"),
    "unknown": ("chưa rõ địa phương", "place unknown"),
}


def label(key: str, lang: str = "vi", **fmt: object) -> str:
    """The label `key` in `lang` ("vi" or "en"), formatted with `fmt`; the key itself if unknown."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1 if lang == "en" else 0]
    return text.format(**{k: number(v, lang) for k, v in fmt.items()}) if fmt else text


def number(value: object, lang: str = "vi") -> object:
    """An integer with its thousands grouped as the language writes them (69.738 / 69,738); any
    other value as it is."""
    if isinstance(value, int) and not isinstance(value, bool):
        grouped = f"{value:,}"
        return grouped if lang == "en" else grouped.replace(",", ".")
    return value


def column(name: str, lang: str = "vi") -> str:
    """The header shown for a query column."""
    pair = COLUMNS.get(name)
    return name if pair is None else pair[1 if lang == "en" else 0]


@cache
def kind_names_en() -> dict[str, str]:
    """English names of the document and meeting kinds, which the graph stores in Vietnamese
    (data/kind_names_en.toml). Read by the data tables' loader when first asked (the English
    view), so the dashboard does not import the extraction package at start-up."""
    from eventgraph.extract.vi.tokens import load_data

    tables = load_data("kind_names_en.toml")
    return {**tables["documents"], **tables["meetings"]}


def value(raw: object, lang: str = "vi") -> object:
    """A stored English value (role, level, status, fact type) in `lang`, a stored Vietnamese kind
    of document or meeting in English when `lang` is English; other values unchanged."""
    if not isinstance(raw, str):
        return raw
    pair = VALUES.get(raw)
    if pair is None:
        return kind_names_en().get(raw, raw) if lang == "en" else raw
    return pair[1 if lang == "en" else 0]
