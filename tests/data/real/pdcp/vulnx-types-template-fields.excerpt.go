
	// TemplateStatus
	IsDraft      bool `json:"is_draft,omitempty"`
	IsEarly      bool `json:"is_early,omitempty"`
	IsGithub     bool `json:"is_github,omitempty"`
	IsNew        bool `json:"is_new,omitempty"`
	IsPdresearch bool `json:"is_pdresearch,omitempty"`
	IsPdteam     bool `json:"is_pdteam,omitempty"`
	IsPdtemplate bool `json:"is_pdtemplate,omitempty"`

	// TemplateFileMeta
	Dir      string `json:"dir,omitempty"`
	Filename string `json:"filename,omitempty"`
	URI      string `json:"uri,omitempty"`
type ProductInfo struct {
	Category        string         `json:"category,omitempty"`
	Cpe             []string       `json:"cpe,omitempty"`
	DeploymentModel string         `json:"deployment_model,omitempty"`
	Industry        string         `json:"industry,omitempty"`
	IsPd            bool           `json:"is_pd,omitempty"`
	Product         string         `json:"product,omitempty"`
	ProjectRepos    map[string]any `json:"project_repos,omitempty"`
	Projects        []string       `json:"projects,omitempty"`
	Summary         string         `json:"summary,omitempty"`
	TechDomain      string         `json:"tech_domain,omitempty"`
	Vendor          string         `json:"vendor,omitempty"`
}

