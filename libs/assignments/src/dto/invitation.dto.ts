import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../common/optional.decorator';

export const INVITATION_MESSAGE_MAX = 2000;

export class InviteInterimDto {
  @ApiProperty({ format: 'uuid', description: "The interim manager's user id" })
  @IsUUID()
  interimId!: string;

  @ApiPropertyOptional({ maxLength: INVITATION_MESSAGE_MAX })
  @Optional()
  @IsString()
  @MaxLength(INVITATION_MESSAGE_MAX)
  message?: string;
}

export class AssignmentInvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) interimId!: string;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty() createdAt!: string;
}
