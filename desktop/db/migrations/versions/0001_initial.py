"""Initial schema: stations, users, clients, visits, volunteers, shifts, attendance, logs.

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23 18:44:16.229710
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('change_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('at', sa.String(length=27), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_table_row', ['table_name', 'row_id'], unique=False)
        batch_op.create_index('ix_change_log_version', ['version'], unique=False)

    op.create_table('clients',
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_pinyin', sa.String(length=128), nullable=False),
    sa.Column('sex', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('birth_precision', sa.String(length=3), nullable=False),
    sa.Column('id_type', sa.String(length=24), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('id_original', sa.String(length=40), nullable=False),
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('phone_original', sa.String(length=40), nullable=False),
    sa.Column('district_code', sa.String(length=12), nullable=False),
    sa.Column('township_code', sa.String(length=12), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('address_dict_year', sa.Integer(), nullable=True),
    sa.Column('village_free_text', sa.String(length=64), nullable=False),
    sa.Column('address_detail', sa.String(length=255), nullable=False),
    sa.Column('household_type', sa.Integer(), nullable=True),
    sa.Column('employment', sa.Integer(), nullable=True),
    sa.Column('economic_status', sa.Integer(), nullable=True),
    sa.Column('marital_status', sa.String(length=16), nullable=False),
    sa.Column('education', sa.String(length=16), nullable=False),
    sa.Column('ethnicity', sa.String(length=16), nullable=False),
    sa.Column('health_record_no', sa.String(length=16), nullable=False),
    sa.Column('diagnosis', sa.String(length=128), nullable=False),
    sa.Column('diagnosis_hospital', sa.String(length=128), nullable=False),
    sa.Column('diagnosis_date', sa.Date(), nullable=True),
    sa.Column('onset_date', sa.Date(), nullable=True),
    sa.Column('onset_precision', sa.String(length=3), nullable=False),
    sa.Column('intake_source', sa.String(length=32), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('management_status', sa.String(length=16), nullable=False),
    sa.Column('status_reason', sa.String(length=255), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('caseworker_id', sa.String(length=36), nullable=False),
    sa.Column('caseworker_name', sa.String(length=64), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('care_team', sa.JSON(), nullable=False),
    sa.Column('key_attention', sa.Boolean(), nullable=False),
    sa.Column('targeted_poverty', sa.Boolean(), nullable=False),
    sa.Column('guardian_subsidy', sa.Boolean(), nullable=False),
    sa.Column('disability_grade', sa.Integer(), nullable=False),
    sa.Column('family_doctor', sa.Boolean(), nullable=False),
    sa.Column('community_rehab', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clients'))
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index('ix_clients_caseworker', ['caseworker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_id_hash'), ['id_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_management_status'), ['management_status'], unique=False)
        batch_op.create_index('ix_clients_name', ['name'], unique=False)
        batch_op.create_index('ix_clients_name_birth', ['name', 'birth_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_clients_version'), ['version'], unique=False)
        batch_op.create_index('ix_clients_village', ['village_code'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('shift_templates',
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('location', sa.String(length=128), nullable=False),
    sa.Column('weekdays', sa.JSON(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('required_skill', sa.String(length=32), nullable=False),
    sa.Column('working_days_only', sa.Boolean(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_templates'))
    )
    with op.batch_alter_table('shift_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_templates_version'), ['version'], unique=False)

    op.create_table('stations',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=128), nullable=False),
    sa.Column('district', sa.String(length=64), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('parent_code', sa.String(length=32), nullable=False),
    sa.Column('contact', sa.String(length=128), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stations')),
    sa.UniqueConstraint('code', name=op.f('uq_stations_code'))
    )
    with op.batch_alter_table('stations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stations_version'), ['version'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('team', sa.String(length=64), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=27), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('last_login_at', sa.String(length=27), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('volunteers',
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('name_pinyin', sa.String(length=128), nullable=False),
    sa.Column('sex', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('id_type', sa.String(length=24), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('phone_tail', sa.String(length=4), nullable=False),
    sa.Column('volunteer_no', sa.String(length=32), nullable=False),
    sa.Column('residence', sa.String(length=128), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('availability', sa.JSON(), nullable=False),
    sa.Column('trainings', sa.JSON(), nullable=False),
    sa.Column('commendations', sa.JSON(), nullable=False),
    sa.Column('evaluations', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteers'))
    )
    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteers_id_hash'), ['id_hash'], unique=False)
        batch_op.create_index('ix_volunteers_name', ['name'], unique=False)
        batch_op.create_index('ix_volunteers_phone_tail', ['phone_tail'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteers_version'), ['version'], unique=False)

    op.create_table('audit_events',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=27), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=48), nullable=False),
    sa.Column('object_type', sa.String(length=48), nullable=False),
    sa.Column('object_id', sa.String(length=36), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=255), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_events_user_id_users')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_object_id'), ['object_id'], unique=False)

    op.create_table('certificates',
    sa.Column('number', sa.String(length=48), nullable=False),
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.String(length=36), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issuer_name', sa.String(length=128), nullable=False),
    sa.Column('responsible', sa.String(length=64), nullable=False),
    sa.Column('handler', sa.String(length=64), nullable=False),
    sa.Column('contact', sa.String(length=64), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('void', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=255), nullable=False),
    sa.Column('void_at', sa.String(length=27), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_certificates_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates')),
    sa.UniqueConstraint('number', name=op.f('uq_certificates_number')),
    sa.UniqueConstraint('station_code', 'year', 'seq', name=op.f('uq_certificates_station_code_year_seq'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_version'), ['version'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificates_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('client_search_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_client_search_keys_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_client_search_keys'))
    )
    with op.batch_alter_table('client_search_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_client_search_keys_client_id'), ['client_id'], unique=False)
        batch_op.create_index('ix_client_search_keys_key', ['key', 'client_id'], unique=False)

    op.create_table('consents',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('scope', sa.String(length=24), nullable=False),
    sa.Column('granted', sa.Boolean(), nullable=False),
    sa.Column('signer', sa.String(length=16), nullable=False),
    sa.Column('signer_name', sa.String(length=64), nullable=False),
    sa.Column('signer_relationship', sa.String(length=16), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('notice_version', sa.String(length=16), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_consents_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_version'), ['version'], unique=False)

    op.create_table('guardians',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('relationship', sa.String(length=16), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=255), nullable=False),
    sa.Column('lives_with', sa.Boolean(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_guardians_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardians'))
    )
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardians_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guardians_version'), ['version'], unique=False)

    op.create_table('shifts',
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=True),
    sa.Column('shift_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('location', sa.String(length=128), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('required_skill', sa.String(length=32), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['shift_templates.id'], name=op.f('fk_shifts_template_id_shift_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.create_index('ix_shifts_date', ['shift_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_shifts_version'), ['version'], unique=False)

    op.create_table('visits',
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('station_code', sa.String(length=32), nullable=False),
    sa.Column('visit_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('mode', sa.Integer(), nullable=False),
    sa.Column('objects_seen', sa.JSON(), nullable=False),
    sa.Column('location', sa.String(length=255), nullable=False),
    sa.Column('visitor_id', sa.String(length=36), nullable=False),
    sa.Column('visitor_name', sa.String(length=64), nullable=False),
    sa.Column('visitor_role', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('finalised_at', sa.String(length=27), nullable=True),
    sa.Column('lost_reason', sa.Integer(), nullable=True),
    sa.Column('lost_reason_other', sa.String(length=128), nullable=False),
    sa.Column('death_date', sa.Date(), nullable=True),
    sa.Column('death_cause', sa.Integer(), nullable=True),
    sa.Column('death_illness', sa.Integer(), nullable=True),
    sa.Column('death_cause_other', sa.String(length=128), nullable=False),
    sa.Column('risk_level', sa.Integer(), nullable=True),
    sa.Column('symptoms', sa.JSON(), nullable=False),
    sa.Column('symptoms_other', sa.String(length=128), nullable=False),
    sa.Column('insight', sa.Integer(), nullable=True),
    sa.Column('sleep', sa.Integer(), nullable=True),
    sa.Column('diet', sa.Integer(), nullable=True),
    sa.Column('sf_selfcare', sa.Integer(), nullable=True),
    sa.Column('sf_housework', sa.Integer(), nullable=True),
    sa.Column('sf_work', sa.Integer(), nullable=True),
    sa.Column('sf_learning', sa.Integer(), nullable=True),
    sa.Column('sf_social', sa.Integer(), nullable=True),
    sa.Column('danger_minor', sa.Integer(), nullable=False),
    sa.Column('danger_incident', sa.Integer(), nullable=False),
    sa.Column('danger_serious', sa.Integer(), nullable=False),
    sa.Column('danger_other', sa.Integer(), nullable=False),
    sa.Column('danger_selfharm', sa.Integer(), nullable=False),
    sa.Column('danger_suicide', sa.Integer(), nullable=False),
    sa.Column('confinement', sa.Integer(), nullable=True),
    sa.Column('hospitalisation', sa.Integer(), nullable=True),
    sa.Column('last_discharge_date', sa.Date(), nullable=True),
    sa.Column('last_discharge_precision', sa.String(length=3), nullable=False),
    sa.Column('lab_tests', sa.Integer(), nullable=True),
    sa.Column('lab_tests_text', sa.String(length=255), nullable=False),
    sa.Column('adherence', sa.Integer(), nullable=True),
    sa.Column('adverse_reaction', sa.Integer(), nullable=True),
    sa.Column('adverse_reaction_text', sa.String(length=255), nullable=False),
    sa.Column('adverse_reaction_serious', sa.Boolean(), nullable=False),
    sa.Column('treatment_effect', sa.Integer(), nullable=True),
    sa.Column('marked_psychotic_symptoms', sa.Boolean(), nullable=False),
    sa.Column('serious_physical_illness', sa.Boolean(), nullable=False),
    sa.Column('referral_suggested', sa.Integer(), nullable=True),
    sa.Column('referral_done', sa.Integer(), nullable=True),
    sa.Column('referral_reason', sa.String(length=255), nullable=False),
    sa.Column('referral_to', sa.String(length=255), nullable=False),
    sa.Column('medications', sa.JSON(), nullable=False),
    sa.Column('medication_guidance', sa.JSON(), nullable=False),
    sa.Column('rehab_measures', sa.JSON(), nullable=False),
    sa.Column('rehab_other', sa.String(length=128), nullable=False),
    sa.Column('classification', sa.Integer(), nullable=True),
    sa.Column('classification_suggested', sa.Integer(), nullable=True),
    sa.Column('classification_override_reason', sa.String(length=255), nullable=False),
    sa.Column('next_visit_date', sa.Date(), nullable=True),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('client_state', sa.Text(), nullable=False),
    sa.Column('needs', sa.Text(), nullable=False),
    sa.Column('services_provided', sa.Text(), nullable=False),
    sa.Column('plan', sa.Text(), nullable=False),
    sa.Column('escalation', sa.JSON(), nullable=False),
    sa.Column('escalation_followup_due', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_visits_client_id_clients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_client_date', ['client_id', 'visit_date'], unique=False)
        batch_op.create_index('ix_visits_date', ['visit_date'], unique=False)
        batch_op.create_index('ix_visits_status', ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_version'), ['version'], unique=False)

    op.create_table('attendance',
    sa.Column('volunteer_id', sa.String(length=36), nullable=False),
    sa.Column('shift_id', sa.String(length=36), nullable=True),
    sa.Column('activity', sa.String(length=128), nullable=False),
    sa.Column('check_in', sa.String(length=27), nullable=False),
    sa.Column('check_out', sa.String(length=27), nullable=True),
    sa.Column('break_minutes', sa.Integer(), nullable=False),
    sa.Column('auto_closed', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('confirmed_by', sa.String(length=64), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=True),
    sa.Column('void_reason', sa.String(length=255), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_attendance_shift_id_shifts')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_attendance_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_version'), ['version'], unique=False)
        batch_op.create_index('ix_attendance_vol_in', ['volunteer_id', 'check_in'], unique=False)

    op.create_table('shift_assignments',
    sa.Column('shift_id', sa.String(length=36), nullable=False),
    sa.Column('volunteer_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_shift_assignments_shift_id_shifts')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_shift_assignments_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_assignments'))
    )
    with op.batch_alter_table('shift_assignments', schema=None) as batch_op:
        batch_op.create_index('ix_shift_assignments_shift', ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_assignments_version'), ['version'], unique=False)
        batch_op.create_index('ix_shift_assignments_vol', ['volunteer_id'], unique=False)

    op.create_table('visit_addenda',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('author_name', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('corrections', sa.JSON(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('origin', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.String(length=27), nullable=False),
    sa.Column('updated_at', sa.String(length=27), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=False),
    sa.Column('field_versions', sa.JSON(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_addenda_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_addenda'))
    )
    with op.batch_alter_table('visit_addenda', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_addenda_version'), ['version'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_addenda_visit_id'), ['visit_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('visit_addenda', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_addenda_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_addenda_version'))

    op.drop_table('visit_addenda')
    with op.batch_alter_table('shift_assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_shift_assignments_vol')
        batch_op.drop_index(batch_op.f('ix_shift_assignments_version'))
        batch_op.drop_index('ix_shift_assignments_shift')

    op.drop_table('shift_assignments')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_vol_in')
        batch_op.drop_index(batch_op.f('ix_attendance_version'))

    op.drop_table('attendance')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visits_version'))
        batch_op.drop_index('ix_visits_status')
        batch_op.drop_index('ix_visits_date')
        batch_op.drop_index('ix_visits_client_date')

    op.drop_table('visits')
    with op.batch_alter_table('shifts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shifts_version'))
        batch_op.drop_index('ix_shifts_date')

    op.drop_table('shifts')
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guardians_version'))
        batch_op.drop_index(batch_op.f('ix_guardians_client_id'))

    op.drop_table('guardians')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consents_version'))
        batch_op.drop_index(batch_op.f('ix_consents_client_id'))

    op.drop_table('consents')
    with op.batch_alter_table('client_search_keys', schema=None) as batch_op:
        batch_op.drop_index('ix_client_search_keys_key')
        batch_op.drop_index(batch_op.f('ix_client_search_keys_client_id'))

    op.drop_table('client_search_keys')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_certificates_version'))

    op.drop_table('certificates')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_object_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
    with op.batch_alter_table('volunteers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteers_version'))
        batch_op.drop_index('ix_volunteers_phone_tail')
        batch_op.drop_index('ix_volunteers_name')
        batch_op.drop_index(batch_op.f('ix_volunteers_id_hash'))

    op.drop_table('volunteers')
    op.drop_table('users')
    with op.batch_alter_table('stations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stations_version'))

    op.drop_table('stations')
    with op.batch_alter_table('shift_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_templates_version'))

    op.drop_table('shift_templates')
    op.drop_table('settings')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_village')
        batch_op.drop_index(batch_op.f('ix_clients_version'))
        batch_op.drop_index('ix_clients_name_birth')
        batch_op.drop_index('ix_clients_name')
        batch_op.drop_index(batch_op.f('ix_clients_management_status'))
        batch_op.drop_index(batch_op.f('ix_clients_id_hash'))
        batch_op.drop_index('ix_clients_caseworker')

    op.drop_table('clients')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_version')
        batch_op.drop_index('ix_change_log_table_row')

    op.drop_table('change_log')
    
