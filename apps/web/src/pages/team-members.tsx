import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { queryKeys, useOrganisationMembers, usePendingInvitations } from '../api/queries';
import { useSession } from '../auth/session';
import { Alert, ChipGroup, errorMessage } from '../components/forms';
import { Icon } from '../components/icons';
import { Badge, Dialog, EmptyState, QueryView, useToast } from '../components/ui';
import { useI18n } from '../i18n/i18n';

type Member = Schemas['MemberView'];
type Role = Member['roles'][number];
const ROLES: readonly Role[] = ['hiring_manager', 'procurement', 'admin'];

/** Refreshed when an invitation is sent. */

/** Who is in the organisation; admins change roles and remove, everyone may leave. */
export function MembersSection({ orgId, orgName }: { orgId: string; orgName: string }) {
  const { t, date } = useI18n();
  const { me, hasRole } = useSession();
  const isAdmin = hasRole('admin');
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const members = useOrganisationMembers(orgId);

  return (
    <section className="card" aria-labelledby="members-heading">
      <div className="card-header">
        <h2 id="members-heading">{t.org.members}</h2>
      </div>
      <div className="card-body stack-sm">
        <p className="muted small m-0">{t.org.membersLead}</p>
      </div>
      <QueryView query={members}>
        {(list) => (
          <ul className="list" aria-label={t.org.members}>
            {list.map((m) => {
              const self = m.userId === me?.id;
              return (
                <li className="list-item" key={m.userId} data-member={m.email}>
                  <div className="grow stack-sm">
                    <div className="row between">
                      <strong>
                        {m.displayName}
                        {self ? <span className="muted weight-normal"> ({t.org.you})</span> : null}
                      </strong>
                      <div className="tag-list">
                        {m.roles.map((r) => (
                          <Badge key={r} tone="brand">
                            {t.roles[r]}
                          </Badge>
                        ))}
                      </div>
                    </div>
                    <div className="row between">
                      <span className="small subtle">
                        {m.email} · {t.org.joined} {date(m.joinedAt)}
                      </span>
                      <div className="btn-row">
                        {isAdmin ? (
                          <button
                            type="button"
                            className="btn btn-secondary btn-sm"
                            onClick={() => setEditing(m)}
                          >
                            {t.org.editRoles}
                          </button>
                        ) : null}
                        {self ? (
                          <button
                            type="button"
                            className="btn btn-secondary btn-sm"
                            onClick={() => setRemoving(m)}
                          >
                            {t.org.leave}
                          </button>
                        ) : isAdmin ? (
                          <button
                            type="button"
                            className="btn btn-danger btn-sm"
                            onClick={() => setRemoving(m)}
                          >
                            {t.org.remove}
                          </button>
                        ) : null}
                      </div>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>
      {editing ? (
        <RolesDialog orgId={orgId} member={editing} onClose={() => setEditing(null)} />
      ) : null}
      {removing ? (
        <RemoveDialog
          orgId={orgId}
          orgName={orgName}
          member={removing}
          self={removing.userId === me?.id}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

function RolesDialog({
  orgId,
  member,
  onClose,
}: {
  orgId: string;
  member: Member;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/organisations/{id}/members/{userId}', {
          params: { path: { id: orgId, userId: member.userId } },
          body: { roles },
        }),
      ),
    onSuccess: async () => {
      toast({ title: t.org.rolesSaved(member.displayName) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisationMembers(orgId) });
      // One's own roles decide the menu.
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      onClose();
    },
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={t.org.editRoles}
      footer={
        <div className="btn-row end">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.org.cancel}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={roles.length === 0 || save.isPending}
            onClick={() => save.mutate()}
          >
            {t.org.saveRoles}
          </button>
        </div>
      }
    >
      <div className="stack">
        {save.isError ? <Alert tone="danger">{errorMessage(save.error, t)}</Alert> : null}
        <ChipGroup
          legend={t.org.rolesLegend(member.displayName)}
          options={ROLES.map((r) => ({ value: r, label: t.roles[r] }))}
          value={roles}
          onChange={setRoles}
          error={roles.length === 0 ? t.org.rolesNeedOne : undefined}
        />
      </div>
    </Dialog>
  );
}

function RemoveDialog({
  orgId,
  orgName,
  member,
  self,
  onClose,
}: {
  orgId: string;
  orgName: string;
  member: Member;
  self: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/v1/organisations/{id}/members/{userId}', {
          params: { path: { id: orgId, userId: member.userId } },
        }),
      ),
    onSuccess: async () => {
      onClose();
      if (self) {
        toast({ title: t.org.left(orgName) });
        await queryClient.invalidateQueries({ queryKey: queryKeys.me });
        void navigate('/', { replace: true });
        return;
      }
      toast({ title: t.org.removed(member.displayName) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisationMembers(orgId) });
    },
  });
  return (
    <Dialog
      open
      onClose={onClose}
      title={self ? t.org.leave : t.org.remove}
      footer={
        <div className="btn-row end">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.org.cancel}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {self ? t.org.leaveYes : t.org.removeYes}
          </button>
        </div>
      }
    >
      <div className="stack">
        {remove.isError ? <Alert tone="danger">{errorMessage(remove.error, t)}</Alert> : null}
        <p className="m-0">
          {self ? t.org.leaveConfirm(orgName) : t.org.removeConfirm(member.displayName)}
        </p>
      </div>
    </Dialog>
  );
}

/** Invitations still open (admins): who, which role, until when; revoking ends the link. */
export function PendingInvitationsSection({ orgId }: { orgId: string }) {
  const { t, dateTime } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const pending = usePendingInvitations(orgId);
  const revoke = useMutation({
    mutationFn: (invitation: Schemas['PendingInvitationView']) =>
      call(
        api.DELETE('/api/v1/organisations/{id}/invitations/{invitationId}', {
          params: { path: { id: orgId, invitationId: invitation.id } },
        }),
      ),
    onSuccess: async (_, invitation) => {
      toast({ title: t.org.revoked(invitation.email) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.pendingInvitations(orgId) });
    },
    onError: (err) =>
      toast({ title: t.errors.unexpected, body: errorMessage(err, t), tone: 'danger' }),
  });

  return (
    <section className="card" aria-labelledby="pending-heading">
      <div className="card-header">
        <h2 id="pending-heading">{t.org.pendingTitle}</h2>
      </div>
      <QueryView query={pending}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon="mail" title={t.org.pendingEmpty} />
          ) : (
            <ul className="list" aria-label={t.org.pendingTitle}>
              {list.map((inv) => (
                <li className="list-item" key={inv.id} data-invitation={inv.email}>
                  <div className="grow stack-sm">
                    <div className="row between">
                      <strong>{inv.email}</strong>
                      <Badge tone="brand">{t.roles[inv.role]}</Badge>
                    </div>
                    <div className="row between">
                      <span className="small subtle">
                        {inv.invitedByName ? `${t.org.invitedBy(inv.invitedByName)} · ` : ''}
                        {t.org.expires} {dateTime(inv.expiresAt)}
                      </span>
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(inv)}
                      >
                        <Icon name="trash" width={14} height={14} /> {t.org.revoke}
                      </button>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
