// paramsToQuery converts SearchParams to url.Values for query string.
func paramsToQuery(params SearchParams) url.Values {
	q := make(url.Values)
	if params.Limit != nil {
		q.Set("limit", fmt.Sprintf("%d", *params.Limit))
	}
	if params.Offset != nil {
		q.Set("offset", fmt.Sprintf("%d", *params.Offset))
	}
	if params.SortAsc != nil {
		q.Set("sort_asc", *params.SortAsc)
	}
	if params.SortDesc != nil {
		q.Set("sort_desc", *params.SortDesc)
	}
	if len(params.Fields) > 0 {
		q.Set("fields", strings.Join(params.Fields, ","))
	}
	if len(params.TermFacets) > 0 {
		q.Set("term_facets", strings.Join(params.TermFacets, ","))
	}
	if len(params.RangeFacets) > 0 {
		q.Set("range_facets", strings.Join(params.RangeFacets, ","))
	}
