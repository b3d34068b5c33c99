# Shop Assistant on Cloud Run + Cloud SQL (seed plan: "Infrastructure Components" and
# "Deployment Configuration"). docs/operations.md is the runbook and maps every seed setting to
# the line here that sets it.
terraform {
  required_version = ">= 1.5"

  # State in a private bucket (it holds the database password):
  # terraform init -backend-config="bucket=<bucket>" -backend-config="prefix=shop-assistant/<environment>"
  backend "gcs" {}

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 6.0, < 8.0"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.5"
    }
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}
