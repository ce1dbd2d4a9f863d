import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { AuthThrottle } from '../access/auth-throttle.decorator';
import { AuthUser } from '../access/auth-user';
import { Authenticated, CurrentUser, Public } from '../access/access.decorators';
import { LoginDto, RefreshDto, RegisterDto, TokensView } from '../dto/auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @AuthThrottle()
  @ApiOperation({ summary: 'Create an account (interim manager or client user)' })
  @ApiResponse({ status: 201, type: TokensView })
  register(@Body() dto: RegisterDto): Promise<TokensView> {
    return this.auth.register(dto);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @AuthThrottle()
  @ApiOperation({ summary: 'Sign in; failed attempts are limited per account and per IP' })
  @ApiResponse({ status: 200, type: TokensView })
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokensView> {
    return this.auth.login(dto, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @AuthThrottle()
  @ApiOperation({ summary: 'Rotate a refresh token; a reused token revokes the session' })
  @ApiResponse({ status: 200, type: TokensView })
  refresh(@Body() dto: RefreshDto): Promise<TokensView> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  async logout(@Body() dto: RefreshDto, @CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(dto.refreshToken, user.id);
  }
}
