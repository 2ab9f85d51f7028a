
	// If term_facets is provided, return facet data (for analyze command)
	if termFacets != "" {
		facets := make(map[string]any)
		fields := strings.Split(termFacets, ",")
		for _, field := range fields {
			fieldName := strings.Split(field, ":")[0]
			facets[fieldName] = map[string]any{
				"buckets": []map[string]any{
					{"key": "critical", "count": 10},
					{"key": "high", "count": 20},
					{"key": "medium", "count": 30},
					{"key": "low", "count": 40},
				},
			}
		}
		resp.Facets = facets
	}
