locals {
  high_availability = coalesce(var.db_high_availability, var.environment == "production")

  # Every instance may open its whole pool at once: instances x pool <= max_connections - reserved.
  # 20 instances on 150 connections with 10 reserved: 7 each (docs/operations.md, pool sizing).
  db_pool_max = floor((var.db_max_connections - var.db_reserved_connections) / var.max_instances)
  db_pool_min = min(5, local.db_pool_max)

  image = "${var.region}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.images.repository_id}/${var.service_name}:${var.image_tag}"

  labels = {
    app         = var.service_name
    environment = var.environment
  }
}

resource "google_project_service" "apis" {
  for_each = toset([
    "artifactregistry.googleapis.com",
    "compute.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "run.googleapis.com",
    "secretmanager.googleapis.com",
    "servicenetworking.googleapis.com",
    "sqladmin.googleapis.com",
    "vpcaccess.googleapis.com",
  ])

  service            = each.value
  disable_on_destroy = false
}

resource "google_artifact_registry_repository" "images" {
  location      = var.region
  repository_id = var.service_name
  description   = "Shop Assistant container images (Dockerfile at the repository root)."
  format        = "DOCKER"
  labels        = local.labels

  depends_on = [google_project_service.apis]
}
