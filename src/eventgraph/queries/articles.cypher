MATCH (a:Article)
WHERE a.id IS NOT NULL
WITH a, a.id AS article, coalesce(toString(a.date), "") AS date
WHERE $in_text = "" OR toLower(article) CONTAINS toLower($in_text)
   OR toLower(coalesce(a.title, "")) CONTAINS toLower($in_text)
RETURN DISTINCT article, a.title AS title, date, a.outlet AS outlet
ORDER BY date DESC, article
LIMIT 200
