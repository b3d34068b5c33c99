# Secret Manager (seed: "All credentials stored securely"). Terraform creates the secrets; only the
# database password gets its value here (it must match the SQL user, so both come from one
# random_password, which the state then holds: keep the state in a private bucket). The others are
# added by an operator before the first deploy (docs/operations.md, step 2), so their values never
# enter the state.
locals {
  secrets = {
    db_password    = { id = "db-password", env = "DATABASE_PASSWORD" }
    gemini_api_key = { id = "gemini-api-key", env = "GEMINI_API_KEY" }
    jwt_key        = { id = "jwt-private-key", env = "SHOP_JWT_PRIVATE_KEY" }
    admin_password = { id = "admin-password", env = "ADMIN_PASSWORD" }
  }
}

resource "google_secret_manager_secret" "app" {
  for_each = local.secrets

  secret_id = "${var.service_name}-${each.value.id}"
  labels    = local.labels

  replication {
    user_managed {
      replicas {
        location = var.region
      }
    }
  }

  depends_on = [google_project_service.apis]
}

resource "google_secret_manager_secret_version" "db_password" {
  secret      = google_secret_manager_secret.app["db_password"].id
  secret_data = random_password.db.result
}
