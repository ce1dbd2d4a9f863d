import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@gilde/identity';
import { Assignment } from './assignment.entity';

/** A hiring manager's invitation to one interim manager to respond to an assignment. */
@Entity('assignment_invitations')
@Index('assignment_invitations_once', ['assignmentId', 'interimId'], { unique: true })
@Index('assignment_invitations_interim_idx', ['interimId'])
export class AssignmentInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  /** The interim manager's user id. */
  @Column('uuid')
  interimId!: string;

  @Column('uuid')
  invitedBy!: string;

  @Column('text', { nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'interim_id' })
  interim?: User;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'invited_by' })
  inviter?: User;
}
