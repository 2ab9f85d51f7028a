// projectdiscovery/pd-agent, commit 12e0b5157e656c511c39b60be4949a910b7eec8b (excerpts; see SOURCES)
// cmd/pd-agent/main.go lines 204-223
type NATSCredentials struct {
	Credentials string `json:"credentials"`
	NatsURL     string `json:"nats_url"`
	Stream      string `json:"stream"`
	GroupPrefix string `json:"group_prefix"`
	Subjects    struct {
		Broadcast string `json:"broadcast"`
		Requests  string `json:"requests"`
	} `json:"subjects"`
	InboxPrefix          string    `json:"inbox_prefix"`
	ExpiresAt            time.Time `json:"expires_at"`
	DebugUploadURL       string    `json:"debug_upload_url,omitempty"`
	DebugUploadExpiresAt time.Time `json:"debug_upload_expires_at,omitzero"`
}

// AgentInResponse is the response body from POST /v1/agents/in.
type AgentInResponse struct {
	Message string           `json:"message"`
	Nats    *NATSCredentials `json:"nats,omitempty"`
}
// cmd/pd-agent/main.go lines 1781-1785
	endpoint := fmt.Sprintf("%s/v1/agents/%s?agent_network=%s",
		envconfig.APIServer(),
		url.PathEscape(r.options.AgentId),
		url.QueryEscape(agentNetwork),
	)
// cmd/pd-agent/main.go lines 1828-1845
	inURL := fmt.Sprintf("%s/v1/agents/in", envconfig.APIServer())
	req, err := http.NewRequestWithContext(inCtx, http.MethodPost, inURL, nil)
	if err != nil {
		r.logHelper("ERROR", fmt.Sprintf("failed to create /in request: %v", err))
		return err
	}

	q := req.URL.Query()
	q.Add("os", runtime.GOOS)
	q.Add("arch", runtime.GOARCH)
	q.Add("id", r.options.AgentId)
	q.Add("name", r.options.AgentName)
	q.Add("agent_network", r.options.AgentNetwork)

	networkSubnets := r.getAutoDiscoveredTargets()
	if len(networkSubnets) > 0 {
		r.logHelper("DEBUG", fmt.Sprintf("Discovered network subnets: %v", networkSubnets))
		q.Add("network_subnets", strings.Join(networkSubnets, ","))
// cmd/pd-agent/main.go lines 1912-1917
	endpoint := fmt.Sprintf("%s/v1/agents/out?id=%s&agent_network=%s",
		envconfig.APIServer(),
		url.QueryEscape(r.options.AgentId),
		url.QueryEscape(r.options.AgentNetwork),
	)
	resp := r.makeRequest(outCtx, http.MethodPost, endpoint, nil, nil)
// pkg/execute.go lines 321-328
type signedUploadResponse struct {
	UploadURL  string            `json:"upload_url"`
	Method     string            `json:"method"`
	Headers    map[string]string `json:"headers"`
	MaxBytes   int64             `json:"max_bytes"`
	ObjectPath string            `json:"object_path"`
	ExpiresAt  time.Time         `json:"expires_at"`
}
// pkg/execute.go lines 370-374

	reqBody, _ := json.Marshal(map[string]string{"filename": filename})
	apiURL := fmt.Sprintf("%s/v1/scans/%s/scan_log/upload-url?history_id=%d",
		envconfig.APIServer(), task.Options.ScanID, task.Options.HistoryID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiURL, bytes.NewReader(reqBody))
